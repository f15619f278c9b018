package org.shuangsuiji.registry.agency;

import java.time.LocalDate;

/**
 * An instrument whose calibration (检定校准) the inspection checks (新乡 item 1, 鄂州 item 10).
 *
 * @param name instrument name
 * @param serialNumber 出厂编号 or asset number
 * @param calibrationDue the day the next calibration is due
 */
public record Equipment(String name, String serialNumber, LocalDate calibrationDue) {
}
