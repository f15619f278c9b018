package org.shuangsuiji.registry.agency;

import java.time.LocalDate;

/**
 * A CMA or CNAS certificate (资质认定 / 实验室认可证书).
 *
 * @param kind CMA or CNAS
 * @param number 证书编号
 * @param issuer 发证机关名称
 * @param validFrom first day of validity, may be unknown
 * @param validUntil last day of validity (有效期)
 */
public record Certificate(CertificateKind kind, String number, String issuer, LocalDate validFrom,
		LocalDate validUntil) {

	/** Whether the certificate is in force on {@code day}. */
	public boolean validOn(LocalDate day) {
		return (this.validFrom == null || !this.validFrom.isAfter(day)) && this.validUntil != null
				&& !this.validUntil.isBefore(day);
	}

}
