package org.shuangsuiji.inspection.forms;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A certificate as the forms print it: its number and the last day it is valid (有效期),
 * e.g. a 资质认定 (CMA) or 实验室认可 (CNAS) certificate.
 */
public record Certificate(String number, LocalDate validUntil) {

	public Certificate {
		number = Forms.requireText(number, "certificate number");
		Objects.requireNonNull(validUntil, "certificate validUntil");
	}

	/** {@code 161612345678（有效期至2027年5月31日）}. */
	public String printed() {
		return this.number + "（有效期至" + ChineseDates.format(this.validUntil) + "）";
	}

}
