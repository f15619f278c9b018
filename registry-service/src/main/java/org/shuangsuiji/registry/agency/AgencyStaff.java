package org.shuangsuiji.registry.agency;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

import org.shuangsuiji.platform.region.RegionCode;

/**
 * What an agency's flags need from its appraisers, and keeping their region with the
 * agency's. The appraiser feature provides it (appraisers belong to agencies, not the
 * other way round).
 */
public interface AgencyStaff {

	StaffingSummary of(String agencyId, LocalDate today);

	/** The staffing of each of the agencies (those without appraisers are left out). */
	Map<String, StaffingSummary> ofAgencies(Collection<String> agencyIds, LocalDate today);

	/**
	 * The staffing of each of the agencies, read with one query over the region
	 * ({@code null}: every region), for many agencies at once.
	 */
	Map<String, StaffingSummary> inRegion(RegionCode region, Collection<String> agencyIds, LocalDate today);

	/** Keeps the agency's region on its appraisers when the agency moves. */
	void moveRegion(String agencyId, RegionCode region);

}
