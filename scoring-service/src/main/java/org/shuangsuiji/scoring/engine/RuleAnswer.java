package org.shuangsuiji.scoring.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * The answer to one rule of an item.
 *
 * @param ruleId the rule answered
 * @param occurrences how often it applies (每件, 每人次 …); {@code null} means once, or the
 * number of {@code contents}
 * @param points the points chosen for a discretionary rule (酌情扣分) or assessed by an
 * expert
 * @param contents what the rule applies to: options of the rule (the function areas, the
 * signs) or free text (the titles of news reports, the names of appraisers)
 * @param reason why, in the scorer's words; shown in the trace
 */
public record RuleAnswer(String ruleId, Integer occurrences, BigDecimal points, List<String> contents, String reason) {

	public RuleAnswer {
		contents = (contents != null) ? List.copyOf(contents) : List.of();
	}

	public static RuleAnswer once(String ruleId, String reason) {
		return new RuleAnswer(ruleId, null, null, List.of(), reason);
	}

	public static RuleAnswer times(String ruleId, int occurrences, String reason) {
		return new RuleAnswer(ruleId, occurrences, null, List.of(), reason);
	}

	public static RuleAnswer contents(String ruleId, List<String> contents, String reason) {
		return new RuleAnswer(ruleId, null, null, contents, reason);
	}

}
