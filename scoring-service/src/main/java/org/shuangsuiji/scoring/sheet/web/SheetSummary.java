package org.shuangsuiji.scoring.sheet.web;

import java.math.BigDecimal;
import java.time.Instant;

import org.shuangsuiji.scoring.engine.Outcome;
import org.shuangsuiji.scoring.engine.PointsEvaluation;
import org.shuangsuiji.scoring.sheet.Sheet;
import org.shuangsuiji.scoring.sheet.SheetMode;
import org.shuangsuiji.scoring.sheet.SheetStatus;

/** A sheet in a list. */
public record SheetSummary(String id, String templateId, int templateVersion, String inspectionId, String agencyId,
		String agencyName, String region, int year, SheetMode mode, String ownerName, SheetStatus status, long version,
		int answeredItems, Instant createdAt, Instant submittedAt, BigDecimal total, Outcome outcome,
		String resultHash) {

	static SheetSummary of(Sheet sheet) {
		return new SheetSummary(sheet.id(), sheet.templateId(), sheet.templateVersion(), sheet.inspectionId(),
				sheet.agencyId(), sheet.agencyName(), sheet.region().value(), sheet.year(), sheet.mode(),
				sheet.ownerName(), sheet.status(), sheet.version(), sheet.answers().size(), sheet.createdAt(),
				sheet.submittedAt(), (sheet.result() instanceof PointsEvaluation points) ? points.total() : null,
				(sheet.result() != null) ? sheet.result().outcome() : null, sheet.resultHash());
	}

}
