package org.shuangsuiji.registry.agency;

import java.util.Set;

import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.platform.region.RegionCode;

/**
 * Filters for agency search; {@code null} or empty means "any".
 *
 * @param name part of the name (matched literally, case-insensitive)
 * @param categories agencies with any of these categories
 * @param status one status
 * @param region the region subtree
 * @param flag agencies carrying this flag
 * @param agencyId only this agency (an agency account's own)
 */
public record AgencyQuery(String name, Set<BusinessCategory> categories, AgencyStatus status, RegionCode region,
		FlagKind flag, String agencyId) {

	public AgencyQuery {
		categories = (categories != null) ? Set.copyOf(categories) : Set.of();
	}

}
