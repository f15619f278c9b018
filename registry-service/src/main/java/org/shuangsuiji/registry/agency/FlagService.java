package org.shuangsuiji.registry.agency;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.shuangsuiji.platform.region.RegionCode;

/**
 * Keeps the stored flags true: recomputes an agency's flags from its profile and its
 * appraisers, and before a read recomputes those whose {@code validUntil} has come.
 */
public class FlagService {

	private final AgencyStore agencies;

	private final AgencyStaff staff;

	private final AgencyFlags flags;

	private final Clock clock;

	/** Up to this many stale agencies are recomputed page by page. */
	private static final int SMALL_REFRESH = 100;

	public FlagService(AgencyStore agencies, AgencyStaff staff, AgencyFlags flags, Clock clock) {
		this.agencies = agencies;
		this.staff = staff;
		this.flags = flags;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** The agency with flags that hold today, recomputing and storing them if needed. */
	public Agency fresh(Agency agency) {
		LocalDate today = today();
		if (agency.flagState().freshOn(today)) {
			return agency;
		}
		FlagState state = this.flags.compute(agency.profile(), agency.status(), this.staff.of(agency.id(), today),
				today);
		this.agencies.saveFlags(agency.id(), state);
		return agency.withFlags(state);
	}

	/** {@link #fresh(Agency)} for many, reading their appraisers in one query. */
	public List<Agency> fresh(List<Agency> list) {
		LocalDate today = today();
		List<Agency> stale = list.stream().filter((a) -> !a.flagState().freshOn(today)).toList();
		if (stale.isEmpty()) {
			return list;
		}
		Map<String, StaffingSummary> byAgency = this.staff.ofAgencies(stale.stream().map(Agency::id).toList(), today);
		List<Agency> out = new ArrayList<>(list.size());
		for (Agency agency : list) {
			if (agency.flagState().freshOn(today)) {
				out.add(agency);
				continue;
			}
			FlagState state = this.flags.compute(agency.profile(), agency.status(),
					byAgency.getOrDefault(agency.id(), StaffingSummary.none()), today);
			this.agencies.saveFlags(agency.id(), state);
			out.add(agency.withFlags(state));
		}
		return out;
	}

	/**
	 * Recomputes every agency of the region (all when {@code null}) whose flags no longer
	 * hold, before a flag search and nightly. Many stale agencies (a new year, a bulk
	 * load) are recomputed from one read of the region's agencies and appraisers, not
	 * batch by batch.
	 */
	public int refreshStale(RegionCode region) {
		LocalDate today = today();
		List<String> ids = this.agencies.staleIds(region, today);
		if (ids.size() <= SMALL_REFRESH) {
			if (!ids.isEmpty()) {
				fresh(this.agencies.findAll(ids));
			}
			return ids.size();
		}
		java.util.Set<String> stale = new java.util.HashSet<>(ids);
		Map<String, StaffingSummary> byAgency = this.staff.inRegion(region, stale, today);
		Map<String, FlagState> states = new java.util.HashMap<>();
		for (Agency agency : this.agencies.inRegionSubtree(region)) {
			if (stale.contains(agency.id())) {
				states.put(agency.id(), this.flags.compute(agency.profile(), agency.status(),
						byAgency.getOrDefault(agency.id(), StaffingSummary.none()), today));
			}
			if (states.size() == 500) {
				this.agencies.saveAllFlags(states);
				states.clear();
			}
		}
		this.agencies.saveAllFlags(states);
		return ids.size();
	}

	/**
	 * Marks agencies for recomputation before their appraisers change, so that a crash
	 * between the two writes leaves flags that the next read recomputes, never wrong
	 * ones.
	 */
	public void invalidate(Collection<String> agencyIds) {
		if (!agencyIds.isEmpty()) {
			this.agencies.markFlagsStale(agencyIds);
		}
	}

}
