package org.shuangsuiji.registry.agency;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.registry.input.Page;
import org.shuangsuiji.registry.input.PageRequest;

/**
 * Where agencies are kept. Credit codes are unique; a region means its whole subtree
 * ({@code null}: every region).
 */
public interface AgencyStore {

	Optional<Agency> find(String id);

	Optional<Agency> findByCreditCode(String creditCode);

	List<Agency> findByCreditCodes(Collection<String> creditCodes);

	List<Agency> findAll(Collection<String> ids);

	/**
	 * Inserts a new agency or updates one, checking its version; returns it as stored.
	 */
	Agency save(Agency agency);

	/** Inserts new agencies in one bulk write (demo data, benchmarks). */
	void insertAll(List<Agency> list);

	/** Sets the flags without touching the version: they are derived, not edited. */
	void saveFlags(String id, FlagState state);

	/** {@link #saveFlags} for many agencies in one bulk write. */
	void saveAllFlags(Map<String, FlagState> states);

	/** Marks flags for recomputation at the next read (after an appraiser change). */
	void markFlagsStale(Collection<String> ids);

	/** Ids of agencies in the region whose flags no longer hold on {@code today}. */
	List<String> staleIds(RegionCode region, LocalDate today);

	Page<Agency> search(AgencyQuery query, PageRequest page);

	/**
	 * Active agencies of the region subtree having any of the categories (all when
	 * empty).
	 */
	List<Agency> activePool(RegionCode region, Collection<BusinessCategory> categories);

	List<Agency> inRegionSubtree(RegionCode region);

}
