package org.shuangsuiji.scoring.sheet;

import java.util.Comparator;
import java.util.stream.Collectors;

import org.shuangsuiji.scoring.engine.ItemAnswer;
import org.shuangsuiji.scoring.engine.RuleAnswer;

/**
 * When two inspectors' answers to an item count as the same for reconciliation: what an
 * answer says, without notes and reasons and independent of how it is spelt.
 */
final class AnswerComparison {

	private AnswerComparison() {
	}

	/**
	 * The finding and sub-points, each rule's effective occurrences, points and contents,
	 * the direct score; {@code "-"} for an item left open or answered with nothing that
	 * counts.
	 */
	static String key(AnsweredItem answered) {
		if (answered == null) {
			return "-";
		}
		ItemAnswer answer = answered.answer();
		String rules = answer.rules()
			.stream()
			.filter((rule) -> effectiveOccurrences(rule) > 0 && (rule.points() == null || rule.points().signum() > 0))
			.sorted(Comparator.comparing(RuleAnswer::ruleId))
			.map((rule) -> rule.ruleId() + "×" + effectiveOccurrences(rule) + "="
					+ ((rule.points() != null) ? rule.points().stripTrailingZeros().toPlainString() : "") + "["
					+ rule.contents().stream().map(String::strip).sorted().collect(Collectors.joining("|")) + "]")
			.collect(Collectors.joining(";"));
		String subPoints = answer.subPoints().stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
		String score = (answer.score() != null) ? answer.score().stripTrailingZeros().toPlainString() : "";
		if (answer.finding() == null && rules.isEmpty() && score.isEmpty()) {
			return "-";
		}
		return answer.finding() + "/" + subPoints + "/" + rules + "/" + score;
	}

	private static int effectiveOccurrences(RuleAnswer rule) {
		if (!rule.contents().isEmpty()) {
			return rule.contents().size();
		}
		return (rule.occurrences() != null) ? rule.occurrences() : 1;
	}

}
