package org.shuangsuiji.registry.appraiser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.registry.agency.AgencyStaff;
import org.shuangsuiji.registry.agency.StaffingSummary;

/** An agency's staff as its flags see it, read from the appraisers. */
public class AppraiserStaff implements AgencyStaff {

	private final AppraiserStore store;

	public AppraiserStaff(AppraiserStore store) {
		this.store = store;
	}

	@Override
	public StaffingSummary of(String agencyId, LocalDate today) {
		return Staffing.of(this.store.ofAgency(agencyId), today);
	}

	@Override
	public Map<String, StaffingSummary> ofAgencies(Collection<String> agencyIds, LocalDate today) {
		return summarise(this.store.ofAgencies(agencyIds), Set.copyOf(agencyIds), today);
	}

	@Override
	public Map<String, StaffingSummary> inRegion(RegionCode region, Collection<String> agencyIds, LocalDate today) {
		return summarise(this.store.inRegionSubtree(region), new HashSet<>(agencyIds), today);
	}

	@Override
	public void moveRegion(String agencyId, RegionCode region) {
		this.store.moveRegion(agencyId, region);
	}

	private static Map<String, StaffingSummary> summarise(List<Appraiser> appraisers, Set<String> agencyIds,
			LocalDate today) {
		Map<String, List<Appraiser>> byAgency = new HashMap<>();
		for (Appraiser appraiser : appraisers) {
			if (agencyIds.contains(appraiser.agencyId())) {
				byAgency.computeIfAbsent(appraiser.agencyId(), (id) -> new ArrayList<>()).add(appraiser);
			}
		}
		Map<String, StaffingSummary> summaries = new HashMap<>();
		byAgency.forEach((id, list) -> summaries.put(id, Staffing.of(list, today)));
		return summaries;
	}

}
