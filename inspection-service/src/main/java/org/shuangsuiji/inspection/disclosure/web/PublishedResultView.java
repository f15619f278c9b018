package org.shuangsuiji.inspection.disclosure.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.shuangsuiji.inspection.disclosure.PublishedResult;

/**
 * A published result as the public reads it: 检查实施机关 {@code organiser}, 抽查类型
 * {@code inspectionType}, 抽查日期 {@code inspectionDate}, 抽查结果 {@code result}, and where to
 * verify the draw. Who published it is not shown.
 */
record PublishedResultView(String taskId, String planId, String planTitle, String agencyName, String creditCode,
		String agencyRegion, String organiser, String inspectionType, LocalDate inspectionDate, String result,
		String outcomeCode, String outcomeLabel, List<String> actions, String drawRecord, String sheetResultHash,
		String evidenceHeadHash, Instant publishedAt) {

	static PublishedResultView of(PublishedResult r) {
		return new PublishedResultView(r.taskId(), r.planId().value(), r.planTitle(), r.agencyName(), r.creditCode(),
				r.agencyRegion().value(), r.organiser(), r.inspectionType(), r.inspectionDate(), r.result(),
				r.outcomeCode(), r.outcomeLabel(), r.actions(), r.drawRecord(), r.sheetResultHash(),
				r.evidenceHeadHash(), r.publishedAt());
	}

}
