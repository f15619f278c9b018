package org.shuangsuiji.inspection.registry;

import java.util.List;

import org.shuangsuiji.inspection.draw.PersonAgency;
import org.shuangsuiji.inspection.draw.PoolAgency;
import org.shuangsuiji.inspection.draw.PoolExpert;
import org.shuangsuiji.inspection.draw.PoolInspector;

/** What the registry listed for a draw, already in the draw's terms. */
public record RegistryPool(List<PoolAgency> agencies, List<PoolInspector> inspectors, List<PoolExpert> experts,
		List<PersonAgency> conflicts) {

}
