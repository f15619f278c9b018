package org.shuangsuiji.registry.conflict;

import java.util.List;
import java.util.Optional;

import org.shuangsuiji.platform.region.RegionCode;

/** Where declarations of conflicts of interest are kept; withdrawn ones stay. */
public interface ConflictStore {

	Optional<ConflictOfInterest> find(String id);

	/** Declarations in force whose agency or person lies in the region subtree. */
	List<ConflictOfInterest> inForce(RegionCode region);

	ConflictOfInterest save(ConflictOfInterest conflict);

}
