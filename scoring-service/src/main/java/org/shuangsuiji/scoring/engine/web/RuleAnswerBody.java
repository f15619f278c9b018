package org.shuangsuiji.scoring.engine.web;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.shuangsuiji.scoring.engine.RuleAnswer;

/**
 * The answer to one rule.
 *
 * @param ruleId the rule, such as {@code 4.1.b}
 * @param occurrences how often (每件, 每人次 …); omitted means once, or the number of contents
 * @param points the points of a discretionary or expert-assessed deduction
 * @param contents what it applies to (function areas, signs, categories, news titles)
 * @param reason why, shown in the trace
 */
public record RuleAnswerBody(@NotBlank @Size(max = 40) String ruleId, Integer occurrences, BigDecimal points,
		@Size(max = 50) List<@Size(max = 200) String> contents, @Size(max = 2000) String reason) {

	RuleAnswer toDomain() {
		return new RuleAnswer(this.ruleId, this.occurrences, this.points, this.contents, this.reason);
	}

}
