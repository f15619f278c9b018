package org.shuangsuiji.scoring.engine.web;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.shuangsuiji.scoring.engine.Finding;
import org.shuangsuiji.scoring.engine.ItemAnswer;
import org.shuangsuiji.scoring.engine.RuleAnswer;

/**
 * The answer to one item: a finding (checklists), rule answers (points tables) or a score
 * (expert-scored items); {@code checked: true} on an item scored by rules says it was
 * checked and no rule (other than those given) applies.
 */
public record ItemAnswerBody(Finding finding, @Size(max = 30) List<Integer> subPoints,
		@Size(max = 60) List<@Valid RuleAnswerBody> rules, BigDecimal score, @Size(max = 2000) String note,
		Boolean checked) {

	ItemAnswer toDomain() {
		List<RuleAnswer> answers = (this.rules != null) ? this.rules.stream().map(RuleAnswerBody::toDomain).toList()
				: List.of();
		return new ItemAnswer(this.finding, this.subPoints, answers, this.score, this.note,
				Boolean.TRUE.equals(this.checked));
	}

}
