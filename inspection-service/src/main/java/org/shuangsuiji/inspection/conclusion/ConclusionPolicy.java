package org.shuangsuiji.inspection.conclusion;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.shuangsuiji.platform.problem.RuleViolationException;

/**
 * What a bureau's conclusion must respect of the recommendation: an outcome other than
 * the recommended one, or dropping a recommended measure beyond 限期整改, needs a written
 * reason (422 {@code reason-required}). Used for the organiser's conclusion and the
 * province's amendment alike.
 */
public final class ConclusionPolicy {

	private ConclusionPolicy() {
	}

	public static void check(Recommendation recommendation, Outcome outcome, List<Action> actions, String reason) {
		if (reason != null && !reason.isBlank()) {
			return;
		}
		if (!recommendation.outcome().code().equals(outcome.code())) {
			throw (RuleViolationException) new RuleViolationException("reason-required",
					"the outcome " + outcome.code() + " differs from the recommended " + recommendation.outcome().code()
							+ "; give a reason")
				.with("field", "reason")
				.with("recommended", recommendation.outcome().code());
		}
		List<String> dropped = dropped(recommendation, actions);
		if (!dropped.isEmpty()) {
			throw (RuleViolationException) new RuleViolationException("reason-required",
					"the recommended actions " + dropped + " are left out; give a reason")
				.with("field", "reason")
				.with("dropped", dropped);
		}
	}

	/** The serious recommended actions the conclusion leaves out. */
	public static List<String> dropped(Recommendation recommendation, List<Action> actions) {
		Set<String> kept = actions.stream().map(Action::code).collect(Collectors.toSet());
		return recommendation.actions()
			.stream()
			.filter(Action::serious)
			.map(Action::code)
			.filter((code) -> !kept.contains(code))
			.toList();
	}

}
