package org.shuangsuiji.scoring.engine;

import org.shuangsuiji.platform.problem.InvalidInputException;
import org.shuangsuiji.scoring.template.Item;

/**
 * The problems of a bad answer. Each names the item at fault in its {@code item} property
 * and the answer's field as {@code items.<itemId>.<field>}.
 */
final class AnswerProblems {

	private AnswerProblems() {
	}

	/** An {@code invalid-answer} problem at a field of the item's answer. */
	static RuntimeException invalid(Item item, String field, String message) {
		return named(new InvalidInputException("invalid-answer", "items." + item.id() + field, message), item.id());
	}

	/** An {@code unknown-item} or {@code unknown-rule} problem. */
	static RuntimeException unknown(String slug, String itemId, String field, String message) {
		return named(new InvalidInputException(slug, "items." + itemId + field, message), itemId);
	}

	private static RuntimeException named(InvalidInputException problem, String itemId) {
		return problem.with("item", itemId);
	}

}
