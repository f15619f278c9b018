package org.shuangsuiji.inspection.task;

import java.time.LocalDate;

/**
 * A certificate of the agency as the registry lists it: CMA (资质认定; national or
 * provincial, told by its issuer) or CNAS (实验室认可).
 *
 * @param kind CMA or CNAS
 * @param number 证书编号
 * @param issuer 发证机关
 * @param validFrom first day of validity, may be {@code null}
 * @param validUntil last day of validity (有效期), may be {@code null}
 */
public record AgencyCertificate(String kind, String number, String issuer, LocalDate validFrom, LocalDate validUntil) {

}
