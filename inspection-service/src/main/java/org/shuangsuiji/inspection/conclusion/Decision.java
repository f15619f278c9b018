package org.shuangsuiji.inspection.conclusion;

import java.time.Instant;
import java.util.List;

import org.shuangsuiji.inspection.plan.Actor;

/**
 * The organising bureau's conclusion (检查结论) of one inspection.
 *
 * @param outcome the outcome it concludes
 * @param reason why it departs from the recommendation, else {@code null}
 * @param actions the measures it takes
 * @param sendToProvince whether the bureau asks the province to review it although no
 * rule requires it
 * @param by who recorded it
 * @param at when
 */
public record Decision(Outcome outcome, String reason, List<Action> actions, boolean sendToProvince, Actor by,
		Instant at) {

	public Decision {
		actions = List.copyOf(actions);
		reason = (reason == null || reason.isBlank()) ? null : reason.strip();
	}

}
