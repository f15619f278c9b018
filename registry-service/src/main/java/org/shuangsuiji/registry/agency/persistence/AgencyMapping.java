package org.shuangsuiji.registry.agency.persistence;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.registry.agency.Agency;
import org.shuangsuiji.registry.agency.AgencyProfile;
import org.shuangsuiji.registry.agency.AgencyStatus;
import org.shuangsuiji.registry.agency.CreditCode;
import org.shuangsuiji.registry.agency.Flag;
import org.shuangsuiji.registry.agency.FlagState;
import org.shuangsuiji.registry.agency.FunctionalZone;
import org.shuangsuiji.registry.agency.Premises;

/** Between {@link Agency} and {@link AgencyDocument}. */
final class AgencyMapping {

	private AgencyMapping() {
	}

	static AgencyDocument toDocument(Agency agency) {
		AgencyProfile p = agency.profile();
		AgencyDocument d = new AgencyDocument();
		d.id = agency.id();
		d.name = p.name();
		d.creditCode = p.creditCode().value();
		d.regionCode = p.regionCode().value();
		d.address = p.address();
		d.legalRepresentative = p.legalRepresentative();
		d.contactPerson = p.contactPerson();
		d.contactPhone = p.contactPhone();
		d.categories = p.categories().stream().sorted().map(Enum::name).toList();
		d.licence = p.licence();
		d.certificates = p.certificates();
		d.premisesArea = (p.premises().areaSquareMetres() != null) ? p.premises().areaSquareMetres().toPlainString()
				: null;
		d.premisesZones = p.premises().zones().stream().sorted().map(Enum::name).toList();
		d.equipment = p.equipment();
		d.liability = p.liability();
		d.status = agency.status().name();
		d.statusHistory = agency.statusHistory();
		d.penalties = agency.penalties();
		d.partyBuilding = agency.partyBuilding();
		d.flags = agency.flagState().flags();
		d.flagKinds = agency.flagState().flags().stream().map((f) -> f.kind().name()).distinct().toList();
		d.flagsComputedOn = agency.flagState().computedOn();
		d.flagsValidUntil = agency.flagState().validUntil();
		d.version = agency.version();
		return d;
	}

	static Agency toDomain(AgencyDocument d) {
		Set<BusinessCategory> categories = d.categories.stream()
			.map(BusinessCategory::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(BusinessCategory.class)));
		Set<FunctionalZone> zones = (d.premisesZones != null) ? d.premisesZones.stream()
			.map(FunctionalZone::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(FunctionalZone.class))) : Set.of();
		AgencyProfile profile = new AgencyProfile(d.name, new CreditCode(d.creditCode), RegionCode.of(d.regionCode),
				d.address, d.legalRepresentative, d.contactPerson, d.contactPhone, categories, d.licence,
				orEmpty(d.certificates),
				new Premises((d.premisesArea != null) ? new BigDecimal(d.premisesArea) : null, zones),
				orEmpty(d.equipment), d.liability);
		List<Flag> flags = orEmpty(d.flags);
		return new Agency(d.id, profile, AgencyStatus.valueOf(d.status), orEmpty(d.statusHistory), orEmpty(d.penalties),
				orEmpty(d.partyBuilding), new FlagState(flags, d.flagsComputedOn, d.flagsValidUntil), d.version);
	}

	private static <T> List<T> orEmpty(List<T> list) {
		return (list != null) ? list : List.of();
	}

}
