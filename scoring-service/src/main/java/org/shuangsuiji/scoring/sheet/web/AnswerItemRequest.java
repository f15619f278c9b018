package org.shuangsuiji.scoring.sheet.web;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.shuangsuiji.scoring.engine.Finding;
import org.shuangsuiji.scoring.engine.ItemAnswer;
import org.shuangsuiji.scoring.engine.RuleAnswer;

/**
 * An item's answer with the item version it replaces (0 for the first answer). The answer
 * has the shape of the stateless evaluation's answers; {@code checked: true} on an item
 * scored by rules says it was checked and no rule (other than those given) applies.
 * {@code evidenceIds} names evidence of the sheet's inspection in evidence-service that
 * the answer rests on; each is checked there before anything is stored.
 */
public record AnswerItemRequest(@NotNull @Min(0) Long version, Finding finding, @Size(max = 30) List<Integer> subPoints,
		@Size(max = 60) List<@Valid RuleAnswerBody> rules, BigDecimal score, @Size(max = 2000) String note,
		Boolean checked, @Size(max = 20) List<@NotBlank @Size(max = 80) String> evidenceIds) {

	ItemAnswer toDomain() {
		List<RuleAnswer> answers = (this.rules != null) ? this.rules.stream().map(RuleAnswerBody::toDomain).toList()
				: List.of();
		return new ItemAnswer(this.finding, this.subPoints, answers, this.score, this.note,
				Boolean.TRUE.equals(this.checked), this.evidenceIds);
	}

	/**
	 * The answer to one rule.
	 *
	 * @param ruleId the rule, such as {@code 4.1.b}
	 * @param occurrences how often (每件, 每人次 …); omitted means once, or the number of
	 * contents
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

}
