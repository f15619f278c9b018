package org.shuangsuiji.registry.agency;

import java.time.LocalDate;

/**
 * The 司法鉴定许可证 an agency practises under.
 *
 * @param number 许可证号
 * @param issuer 发证机关 (usually the provincial 司法厅)
 * @param validFrom first day of validity
 * @param validUntil last day of validity
 */
public record Licence(String number, String issuer, LocalDate validFrom, LocalDate validUntil) {
}
