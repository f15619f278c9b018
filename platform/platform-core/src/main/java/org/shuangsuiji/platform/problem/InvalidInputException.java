package org.shuangsuiji.platform.problem;

import java.util.List;

/**
 * Input that is malformed for a reason Bean Validation cannot see, such as a 统一社会信用代码
 * with a wrong check character (400). Names the fields at fault.
 */
public class InvalidInputException extends ProblemException {

	private final List<FieldError> errors;

	public InvalidInputException(String type, List<FieldError> errors) {
		super(type, "Invalid input", 400, summary(errors));
		this.errors = List.copyOf(errors);
	}

	public InvalidInputException(String type, String field, String message) {
		this(type, List.of(new FieldError(field, message)));
	}

	public List<FieldError> errors() {
		return this.errors;
	}

	private static String summary(List<FieldError> errors) {
		return errors.stream().map((e) -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse("");
	}

	/** One field at fault and why. */
	public record FieldError(String field, String message) {
	}

}
