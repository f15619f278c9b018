package org.shuangsuiji.inspection.feedback;

import java.util.ArrayList;
import java.util.List;

import org.shuangsuiji.platform.problem.InvalidInputException;
import org.shuangsuiji.platform.problem.InvalidInputException.FieldError;

/**
 * What an agency writes on the form.
 *
 * @param hasOpinion 有 (true) or 无 (false); required
 * @param text 具体意见建议; required with an opinion
 * @param signer 单位负责人 who signs
 */
public record FeedbackInput(Boolean hasOpinion, String text, String signer) {

	static final int MAX_TEXT = 4000;

	static final int MAX_SIGNER = 100;

	/** Throws a 400 naming every field at fault. */
	void validate() {
		List<FieldError> errors = new ArrayList<>();
		if (this.hasOpinion == null) {
			errors.add(new FieldError("hasOpinion", "tick 有 (true) or 无 (false)"));
		}
		else if (this.hasOpinion && blank(this.text)) {
			errors.add(new FieldError("text", "write the opinion when 有意见 is ticked"));
		}
		if (this.text != null && this.text.length() > MAX_TEXT) {
			errors.add(new FieldError("text", "must be at most " + MAX_TEXT + " characters"));
		}
		if (blank(this.signer)) {
			errors.add(new FieldError("signer", "the 单位负责人 signs the form"));
		}
		else if (this.signer.length() > MAX_SIGNER) {
			errors.add(new FieldError("signer", "must be at most " + MAX_SIGNER + " characters"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("feedback-invalid", errors);
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
