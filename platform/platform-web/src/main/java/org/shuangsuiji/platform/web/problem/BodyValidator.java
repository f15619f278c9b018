package org.shuangsuiji.platform.web.problem;

import org.springframework.core.Conventions;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Validator;

/**
 * Bean Validation of a request body, run by a controller after the door instead of by
 * {@code @Valid} before it: a caller who may not act on the record gets its 403, never
 * the body's faults. A fault answers the same 400 {@code validation} problem as
 * {@code @Valid} does.
 */
public class BodyValidator {

	private final Validator validator;

	public BodyValidator(Validator validator) {
		this.validator = validator;
	}

	/** The body, if valid; otherwise throws {@link InvalidBodyException}. */
	public <T> T valid(T body) {
		// the object name MVC gives a @RequestBody, so that class-level faults read alike
		BindingResult result = new BeanPropertyBindingResult(body, Conventions.getVariableName(body));
		this.validator.validate(body, result);
		if (result.hasErrors()) {
			throw new InvalidBodyException(result);
		}
		return body;
	}

	/**
	 * A body that failed {@link BodyValidator#valid}; answered as 400 {@code validation}.
	 */
	public static class InvalidBodyException extends RuntimeException {

		private final transient BindingResult result;

		InvalidBodyException(BindingResult result) {
			super("invalid request body: " + result.getErrorCount() + " error(s)");
			this.result = result;
		}

		BindingResult result() {
			return this.result;
		}

	}

}
