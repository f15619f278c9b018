package org.shuangsuiji.registry.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.shuangsuiji.platform.problem.InvalidInputException;
import org.shuangsuiji.platform.problem.InvalidInputException.FieldError;
import org.shuangsuiji.platform.problem.RuleViolationException;

/**
 * Collects everything wrong with one input before refusing it, so a caller (or an import
 * row) learns every fault at once. Malformed values become a 400, broken rules a 422.
 */
public final class Problems {

	private final List<Problem> problems = new ArrayList<>();

	/**
	 * A value that cannot be read at all (400): missing, wrong format, bad check
	 * character.
	 */
	public void malformed(String slug, String field, String message) {
		this.problems.add(new Problem(slug, field, message, false));
	}

	/**
	 * A readable value a rule refuses (422): unknown region or category, dates out of
	 * order.
	 */
	public void rule(String slug, String field, String message) {
		this.problems.add(new Problem(slug, field, message, true));
	}

	public boolean isEmpty() {
		return this.problems.isEmpty();
	}

	public List<Problem> all() {
		return List.copyOf(this.problems);
	}

	/**
	 * Throws for what was collected: {@link InvalidInputException} when anything is
	 * malformed, otherwise {@link RuleViolationException} carrying {@code errors}; does
	 * nothing when all is well.
	 */
	public void throwIfAny() {
		List<Problem> malformed = this.problems.stream().filter((p) -> !p.rule()).toList();
		if (!malformed.isEmpty()) {
			throw new InvalidInputException(malformed.get(0).slug(),
					malformed.stream().map((p) -> new FieldError(p.field(), p.message())).toList());
		}
		if (!this.problems.isEmpty()) {
			Problem first = this.problems.get(0);
			String detail = this.problems.stream()
				.map((p) -> p.field() + ": " + p.message())
				.reduce((a, b) -> a + "; " + b)
				.orElse("");
			throw new RuleViolationException(first.slug(), detail).with("errors",
					this.problems.stream().map((p) -> Map.of("field", p.field(), "message", p.message())).toList());
		}
	}

	/**
	 * One fault.
	 *
	 * @param slug problem type slug
	 * @param field the field path at fault ({@code licence.validUntil})
	 * @param message why, in words
	 * @param rule {@code true} for a 422 rule, {@code false} for a 400 malformed value
	 */
	public record Problem(String slug, String field, String message, boolean rule) {
	}

}
