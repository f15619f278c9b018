package org.shuangsuiji.registry.agency.web;

import java.util.List;

import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.registry.agency.Agency;
import org.shuangsuiji.registry.agency.AgencyProfile;
import org.shuangsuiji.registry.agency.Certificate;
import org.shuangsuiji.registry.agency.Equipment;
import org.shuangsuiji.registry.agency.Flag;
import org.shuangsuiji.registry.agency.LiabilityCover;
import org.shuangsuiji.registry.agency.Licence;
import org.shuangsuiji.registry.agency.PartyBuildingNote;
import org.shuangsuiji.registry.agency.Penalty;
import org.shuangsuiji.registry.agency.Premises;
import org.shuangsuiji.registry.agency.StatusChange;
import org.shuangsuiji.registry.region.RegionTree;

/** An agency with everything the registry knows, and its flags as of today. */
public record AgencyResponse(String id, String name, String creditCode, String regionCode, String regionName,
		String address, String legalRepresentative, String contactPerson, String contactPhone, List<String> categories,
		Licence licence, List<Certificate> certificates, Premises premises, List<Equipment> equipment,
		LiabilityCover liability, String status, List<StatusChange> statusHistory, List<Penalty> penalties,
		List<PartyBuildingNote> partyBuilding, List<Flag> flags, Long version) {

	static AgencyResponse of(Agency agency, RegionTree tree) {
		AgencyProfile p = agency.profile();
		return new AgencyResponse(agency.id(), p.name(), p.creditCode().value(), p.regionCode().value(),
				regionNameOf(p, tree), p.address(), p.legalRepresentative(), p.contactPerson(), p.contactPhone(),
				categoryCodes(p), p.licence(), p.certificates(), p.premises(), p.equipment(), p.liability(),
				agency.status().name(), agency.statusHistory(), agency.penalties(), agency.partyBuilding(),
				agency.flagState().flags(), agency.version());
	}

	static List<String> categoryCodes(AgencyProfile profile) {
		return profile.categories().stream().sorted().map(BusinessCategory::name).toList();
	}

	static String regionNameOf(AgencyProfile profile, RegionTree tree) {
		return tree.find(profile.regionCode()).map((r) -> r.name()).orElse(null);
	}

	/**
	 * An agency in a result list.
	 *
	 * @param id registry id
	 * @param name 名称
	 * @param creditCode 统一社会信用代码
	 * @param regionCode county-level region
	 * @param regionName its name
	 * @param categories business categories
	 * @param status ACTIVE, SUSPENDED or CANCELLED
	 * @param flags computed flags
	 */
	public record Summary(String id, String name, String creditCode, String regionCode, String regionName,
			List<String> categories, String status, List<Flag> flags) {

		static Summary of(Agency agency, RegionTree tree) {
			AgencyProfile p = agency.profile();
			return new Summary(agency.id(), p.name(), p.creditCode().value(), p.regionCode().value(),
					regionNameOf(p, tree), categoryCodes(p), agency.status().name(), agency.flagState().flags());
		}

	}

	/** An agency of the draw's pool (the contract inspection-service codes against). */
	public record PoolEntry(String id, String name, String creditCode, String regionCode, List<String> categories,
			String status) {

		static PoolEntry of(Agency agency) {
			AgencyProfile p = agency.profile();
			return new PoolEntry(agency.id(), p.name(), p.creditCode().value(), p.regionCode().value(),
					categoryCodes(p), agency.status().name());
		}

	}

	/**
	 * The public directory entry (一公开): name, credit code, categories, status, region.
	 */
	public record PublicEntry(String name, String creditCode, List<String> categories, String status, String regionCode,
			String regionName) {

		static PublicEntry of(Agency agency, RegionTree tree) {
			AgencyProfile p = agency.profile();
			return new PublicEntry(p.name(), p.creditCode().value(), categoryCodes(p), agency.status().name(),
					p.regionCode().value(), regionNameOf(p, tree));
		}

	}

}
