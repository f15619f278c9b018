package org.shuangsuiji.inspection.draw;

import java.util.List;

/** What the registry listed for a draw, already in the draw's terms. */
public record RegistryPool(List<PoolAgency> agencies, List<PoolInspector> inspectors, List<PoolExpert> experts,
		List<PersonAgency> conflicts) {

}
