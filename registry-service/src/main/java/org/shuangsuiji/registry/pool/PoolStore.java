package org.shuangsuiji.registry.pool;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.registry.input.Page;
import org.shuangsuiji.registry.input.PageRequest;

/**
 * Where the inspector and expert pools are kept; a member is unique by its natural key.
 */
public interface PoolStore {

	Optional<Inspector> inspector(String id);

	Optional<Expert> expert(String id);

	Optional<Inspector> inspectorByKey(String naturalKey);

	Optional<Expert> expertByKey(String naturalKey);

	List<Inspector> inspectorsByKeys(Collection<String> keys);

	List<Expert> expertsByKeys(Collection<String> keys);

	List<Inspector> inspectors(RegionCode region, boolean activeOnly);

	List<Expert> experts(RegionCode region, boolean activeOnly);

	Page<Inspector> inspectorPage(RegionCode region, PageRequest page);

	Page<Expert> expertPage(RegionCode region, PageRequest page);

	Inspector save(Inspector inspector);

	Expert save(Expert expert);

}
