package org.shuangsuiji.inspection.draw;

import java.util.List;

import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.platform.region.RegionCode;

/**
 * The pools a draw is taken from, as registry-service lists them (implemented by
 * {@code registry/client}). Only what the draw may use: active agencies inside the scope,
 * active people. Any failure of the registry is a
 * {@link org.shuangsuiji.platform.problem.DependencyUnavailableException} (503) before
 * anything is written.
 */
public interface RegistryPoolReader {

	/**
	 * @param scope the region subtree agencies come from
	 * @param categories the plan's categories, empty for all
	 * @param organisingRegion the region whose inspectors, experts and conflicts are read
	 */
	RegistryPool read(RegionCode scope, List<BusinessCategory> categories, RegionCode organisingRegion);

}
