package org.shuangsuiji.registry.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.tables.TableFormat;
import org.shuangsuiji.registry.agency.Agency;
import org.shuangsuiji.registry.agency.AgencyAccess;
import org.shuangsuiji.registry.agency.AgencyStore;
import org.shuangsuiji.registry.appraiser.Appraiser;
import org.shuangsuiji.registry.appraiser.AppraiserStore;
import org.shuangsuiji.registry.pool.PoolKind;
import org.shuangsuiji.registry.pool.PoolMember;
import org.shuangsuiji.registry.pool.PoolStore;

/**
 * Writes a region's records in the import columns, so an export imports back unchanged.
 */
public class ExportService {

	private final AgencyStore agencies;

	private final AppraiserStore appraisers;

	private final PoolStore pools;

	private final TableFiles files;

	public ExportService(AgencyStore agencies, AppraiserStore appraisers, PoolStore pools, TableFiles files) {
		this.agencies = agencies;
		this.appraisers = appraisers;
		this.pools = pools;
		this.files = files;
	}

	public byte[] export(Caller caller, ImportKind kind, TableFormat format, RegionCode requested) {
		caller.requireBureau();
		RegionCode region = AgencyAccess.searchRegion(caller, requested);
		return switch (kind) {
			case AGENCIES -> this.files.write(format, AgencySheet.HEADERS,
					this.agencies.inRegionSubtree(region).stream().map(AgencySheet::write).toList());
			case APPRAISERS -> {
				Map<String, String> codes = new HashMap<>();
				for (Agency agency : this.agencies.inRegionSubtree(region)) {
					codes.put(agency.id(), agency.profile().creditCode().value());
				}
				List<Appraiser> list = this.appraisers.inRegionSubtree(region);
				yield this.files.write(format, AppraiserSheet.HEADERS,
						list.stream().map((a) -> AppraiserSheet.write(a, codes.get(a.agencyId()))).toList());
			}
			case INSPECTORS -> pool(format, PoolKind.INSPECTORS, region);
			case EXPERTS -> pool(format, PoolKind.EXPERTS, region);
		};
	}

	private byte[] pool(TableFormat format, PoolKind<?> pool, RegionCode region) {
		List<? extends PoolMember> members = this.pools.inRegion(pool, region, false);
		return this.files.write(format, PoolSheet.headers(pool),
				members.stream().map((member) -> PoolSheet.write(member)).toList());
	}

}
