package org.shuangsuiji.inspection.forms;

import java.util.Objects;
import java.util.Optional;

/**
 * The three certificate lines of the 事实确认单: 国家级资质认定, 省级资质认定 and 实验室认可; an agency without
 * one gets "无" on that line.
 */
public record Certificates(Optional<Certificate> national, Optional<Certificate> provincial,
		Optional<Certificate> accreditation) {

	/** What a form prints for a certificate the agency does not hold. */
	public static final String NONE = "无";

	public Certificates {
		Objects.requireNonNull(national, "national");
		Objects.requireNonNull(provincial, "provincial");
		Objects.requireNonNull(accreditation, "accreditation");
	}

	public static Certificates none() {
		return new Certificates(Optional.empty(), Optional.empty(), Optional.empty());
	}

	static String printed(Optional<Certificate> certificate) {
		return certificate.map(Certificate::printed).orElse(NONE);
	}

	public String nationalPrinted() {
		return printed(this.national);
	}

	public String provincialPrinted() {
		return printed(this.provincial);
	}

	public String accreditationPrinted() {
		return printed(this.accreditation);
	}

}
