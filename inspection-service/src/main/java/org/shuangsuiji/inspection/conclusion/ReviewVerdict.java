package org.shuangsuiji.inspection.conclusion;

import java.time.Instant;
import java.util.List;

import org.shuangsuiji.inspection.plan.Actor;

/**
 * The province's decision on a city's conclusion.
 *
 * @param confirmed whether it confirms the proposal as it is (CONFIRM) rather than amends
 * it (AMEND)
 * @param outcome the outcome that stands
 * @param actions the measures that stand
 * @param note the province's note (研判意见)
 * @param by who decided
 * @param at when
 */
public record ReviewVerdict(boolean confirmed, Outcome outcome, List<Action> actions, String note, Actor by,
		Instant at) {

	public ReviewVerdict {
		actions = List.copyOf(actions);
	}

}
