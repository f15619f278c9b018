package org.shuangsuiji.inspection.conclusion;

/**
 * A grade or checklist conclusion as the scoring template names it: {@code FAIL} 不合格,
 * {@code SUSPEND_PRACTICE} 暂停执业整改, {@code RECTIFY} 限期整改, {@code NO_FINDINGS} 未发现问题 …
 *
 * @param code the template's stable code
 * @param label its wording
 */
public record Outcome(String code, String label) {

	/** The grade of a points table that fails (鄂州: 不合格 below 60). */
	public static final String FAIL = "FAIL";

	public Outcome {
		if (code == null || code.isBlank()) {
			throw new IllegalArgumentException("an outcome needs a code");
		}
		label = (label == null || label.isBlank()) ? code : label;
	}

	public boolean failing() {
		return FAIL.equals(this.code);
	}

}
