package org.shuangsuiji.inspection.conclusion;

import java.util.List;

/**
 * The organiser's conclusion as asked for.
 *
 * @param outcome the outcome
 * @param reason the reason, required where it departs from the recommendation
 * @param actions the measures
 * @param sendToProvince ask the province to review it
 */
public record Proposal(Outcome outcome, String reason, List<Action> actions, boolean sendToProvince) {

	public Proposal {
		actions = List.copyOf(actions);
	}

}
