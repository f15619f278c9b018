package org.shuangsuiji.scoring.engine.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.shuangsuiji.scoring.engine.Answers;
import org.shuangsuiji.scoring.engine.ItemAnswer;

/** Answers to score without storing anything: item id → answer. */
public record EvaluationRequest(@NotNull @Size(max = 200) Map<String, @Valid ItemAnswerBody> answers) {

	Answers toDomain() {
		Map<String, ItemAnswer> items = new LinkedHashMap<>();
		this.answers.forEach((itemId, body) -> items.put(itemId,
				(body != null) ? body.toDomain() : new ItemAnswer(null, null, null, null, null)));
		return new Answers(items);
	}

}
