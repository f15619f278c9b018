package org.shuangsuiji.inspection.forms;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One inspected agency's line in a plan's summary.
 *
 * @param agencyName the agency
 * @param creditCode its 统一社会信用代码
 * @param inspectionDate 抽查日期
 * @param result 抽查结果 as published, e.g. 未发现问题, 发现问题
 * @param grade the template's grade when it has one (优秀/合格/基本合格/不合格); empty for a
 * checklist without grades such as 新乡 2024
 * @param conclusion the team's 检查结论
 * @param rectification where its 整改 stands
 * @param findingItemIds ids of the checklist items answered A (发现)
 */
public record AgencyResult(String agencyName, String creditCode, LocalDate inspectionDate, String result,
		Optional<String> grade, String conclusion, Rectification rectification, Set<String> findingItemIds) {

	public AgencyResult {
		agencyName = Forms.requireText(agencyName, "agencyName");
		creditCode = Forms.requireText(creditCode, "creditCode");
		Objects.requireNonNull(inspectionDate, "inspectionDate");
		result = Forms.requireText(result, "result");
		grade = Objects.requireNonNull(grade, "grade").filter((text) -> !text.isBlank());
		conclusion = (conclusion != null) ? conclusion.strip() : "";
		Objects.requireNonNull(rectification, "rectification");
		findingItemIds = Set.copyOf(Objects.requireNonNull(findingItemIds, "findingItemIds"));
	}

}
