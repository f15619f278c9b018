package org.shuangsuiji.inspection.dossier;

import java.time.LocalDate;

/**
 * One checked row of a register.
 *
 * @param caseNumber 案件编号 (the agency's case number, e.g. 新正[2023]临鉴字第0123号)
 * @param date the register's date (委托日期, 接收日期 or 发放日期)
 * @param category 业务类别, e.g. 法医临床鉴定
 * @param type 鉴定类型 / 事项, e.g. 伤残等级
 * @param difficult 疑难 (鉴定难度较大)
 * @param unusual 非常规项目
 */
public record RegisterRow(String caseNumber, LocalDate date, String category, String type, boolean difficult,
		boolean unusual) {

}
