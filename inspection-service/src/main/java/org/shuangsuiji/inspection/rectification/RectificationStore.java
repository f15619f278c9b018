package org.shuangsuiji.inspection.rectification;

import java.util.List;
import java.util.Optional;

/** Where rectifications are kept; every save checks the version. */
public interface RectificationStore {

	Optional<Rectification> find(String taskId);

	/** The plan's rectifications. */
	List<Rectification> ofPlan(String planId);

	/** Saves at the version read; 409 {@code stale-version} when someone saved since. */
	Rectification save(Rectification rectification);

}
