package org.shuangsuiji.registry.appraiser;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.registry.input.Page;
import org.shuangsuiji.registry.input.PageRequest;

/** Where appraisers are kept; certificate numbers (执业证号) are unique. */
public interface AppraiserStore {

	Optional<Appraiser> find(String id);

	Optional<Appraiser> findByCertificateNo(String certificateNo);

	List<Appraiser> findByCertificateNos(Collection<String> certificateNos);

	List<Appraiser> ofAgency(String agencyId);

	List<Appraiser> ofAgencies(Collection<String> agencyIds);

	/** Appraisers of a region subtree, optionally of one agency, name part and status. */
	Page<Appraiser> search(RegionCode region, String agencyId, String name, AppraiserStatus status, PageRequest page);

	/**
	 * Appraisers of the region subtree, or of every region when {@code region} is
	 * {@code null}.
	 */
	List<Appraiser> inRegionSubtree(RegionCode region);

	Appraiser save(Appraiser appraiser);

	/** Inserts new appraisers in one bulk write (demo data, benchmarks). */
	void insertAll(List<Appraiser> list);

	/** Keeps the agency's region on its appraisers when the agency moves. */
	void moveRegion(String agencyId, RegionCode region);

}
