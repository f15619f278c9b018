package org.shuangsuiji.evidence.record;

import java.util.Optional;

import org.shuangsuiji.platform.region.RegionCode;

/**
 * What evidence-service knows of an inspection (inspection-service's task, ADR 0404): the
 * agency and region its evidence belongs to, taken from the task on its first upload or
 * its closing, and whether it is closed.
 */
public record Inspection(String id, RegionCode region, String agencyId, Closure closure) {

	public boolean closed() {
		return this.closure != null;
	}

	public Optional<Closure> closing() {
		return Optional.ofNullable(this.closure);
	}

}
