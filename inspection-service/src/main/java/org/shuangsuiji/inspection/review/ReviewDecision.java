package org.shuangsuiji.inspection.review;

import java.util.List;

import org.shuangsuiji.inspection.conclusion.Action;
import org.shuangsuiji.inspection.conclusion.Outcome;

/**
 * What the province decides on a city's conclusion.
 *
 * @param confirm CONFIRM (the proposal stands) rather than AMEND
 * @param outcome the amended outcome; {@code null} when confirming
 * @param actions the amended measures; {@code null} keeps the proposal's
 * @param note the province's note (研判意见), required when amending
 */
public record ReviewDecision(boolean confirm, Outcome outcome, List<Action> actions, String note) {

	public ReviewDecision {
		actions = (actions != null) ? List.copyOf(actions) : null;
		note = (note == null || note.isBlank()) ? null : note.strip();
	}

}
