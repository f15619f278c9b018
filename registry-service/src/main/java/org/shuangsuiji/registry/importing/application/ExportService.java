package org.shuangsuiji.registry.importing.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.registry.agency.Agency;
import org.shuangsuiji.registry.agency.persistence.AgencyStore;
import org.shuangsuiji.registry.appraiser.Appraiser;
import org.shuangsuiji.registry.appraiser.persistence.AppraiserStore;
import org.shuangsuiji.registry.importing.AgencySheet;
import org.shuangsuiji.registry.importing.AppraiserSheet;
import org.shuangsuiji.registry.importing.ImportKind;
import org.shuangsuiji.registry.importing.PoolSheet;
import org.shuangsuiji.registry.importing.file.TableFormat;
import org.shuangsuiji.registry.importing.file.TableWriter;
import org.shuangsuiji.registry.pool.persistence.PoolStore;
import org.shuangsuiji.registry.shared.Scope;

import org.springframework.stereotype.Service;

/**
 * Writes a region's records in the import columns, so an export imports back unchanged.
 */
@Service
public class ExportService {

	private final AgencyStore agencies;

	private final AppraiserStore appraisers;

	private final PoolStore pools;

	public ExportService(AgencyStore agencies, AppraiserStore appraisers, PoolStore pools) {
		this.agencies = agencies;
		this.appraisers = appraisers;
		this.pools = pools;
	}

	public byte[] export(Caller caller, ImportKind kind, TableFormat format, RegionCode requested) {
		Scope.requireBureau(caller);
		RegionCode region = Scope.searchRegion(caller, requested);
		return switch (kind) {
			case AGENCIES -> TableWriter.write(format, AgencySheet.HEADERS,
					this.agencies.inRegionSubtree(region).stream().map(AgencySheet::write).toList());
			case APPRAISERS -> {
				Map<String, String> codes = new HashMap<>();
				for (Agency agency : this.agencies.inRegionSubtree(region)) {
					codes.put(agency.id(), agency.profile().creditCode().value());
				}
				List<Appraiser> list = this.appraisers.inRegionSubtree(region);
				yield TableWriter.write(format, AppraiserSheet.HEADERS,
						list.stream().map((a) -> AppraiserSheet.write(a, codes.get(a.agencyId()))).toList());
			}
			case INSPECTORS -> TableWriter.write(format, PoolSheet.INSPECTOR_HEADERS,
					this.pools.inspectors(region, false).stream().map(PoolSheet::write).toList());
			case EXPERTS -> TableWriter.write(format, PoolSheet.EXPERT_HEADERS,
					this.pools.experts(region, false).stream().map(PoolSheet::write).toList());
		};
	}

}
