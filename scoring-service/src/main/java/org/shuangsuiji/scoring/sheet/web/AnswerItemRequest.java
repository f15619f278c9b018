package org.shuangsuiji.scoring.sheet.web;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.shuangsuiji.scoring.engine.Finding;
import org.shuangsuiji.scoring.engine.ItemAnswer;
import org.shuangsuiji.scoring.engine.web.ItemAnswerBody;
import org.shuangsuiji.scoring.engine.web.RuleAnswerBody;

/**
 * An item's answer with the item version it replaces (0 for the first answer).
 */
public record AnswerItemRequest(@NotNull @Min(0) Long version, Finding finding, @Size(max = 30) List<Integer> subPoints,
		@Size(max = 60) List<@Valid RuleAnswerBody> rules, BigDecimal score, @Size(max = 2000) String note) {

	ItemAnswer toDomain() {
		return new ItemAnswerBody(this.finding, this.subPoints, this.rules, this.score, this.note).toDomain();
	}

}
