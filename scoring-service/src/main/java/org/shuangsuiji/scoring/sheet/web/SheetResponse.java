package org.shuangsuiji.scoring.sheet.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.shuangsuiji.scoring.engine.Outcome;
import org.shuangsuiji.scoring.engine.PointsEvaluation;
import org.shuangsuiji.scoring.sheet.HeaderValue;
import org.shuangsuiji.scoring.sheet.Sheet;
import org.shuangsuiji.scoring.sheet.SheetMode;
import org.shuangsuiji.scoring.sheet.SheetStatus;
import org.shuangsuiji.scoring.template.TemplateKind;

/**
 * A sheet with its answers. {@code total}, {@code outcome} and {@code resultHash}
 * (SHA-256 hex of the result's canonical JSON) are set once it is submitted; the full
 * result is at {@code /result}.
 */
public record SheetResponse(String id, String templateId, int templateVersion, TemplateKind kind, String inspectionId,
		String agencyId, String agencyName, String region, int year, SheetMode mode, String ownerId, String ownerName,
		SheetStatus status, long version, Map<String, HeaderValue> header, long headerVersion,
		Map<String, ItemResponse> items, Instant createdAt, String createdBy, Instant submittedAt, String submittedBy,
		BigDecimal total, Outcome outcome, String resultHash) {

	static SheetResponse of(Sheet sheet) {
		Map<String, ItemResponse> items = new LinkedHashMap<>();
		sheet.answers()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach((entry) -> items.put(entry.getKey(), ItemResponse.of(entry.getKey(), entry.getValue())));
		return new SheetResponse(sheet.id(), sheet.templateId(), sheet.templateVersion(), sheet.kind(),
				sheet.inspectionId(), sheet.agencyId(), sheet.agencyName(), sheet.region().value(), sheet.year(),
				sheet.mode(), sheet.ownerId(), sheet.ownerName(), sheet.status(), sheet.version(), sheet.header(),
				sheet.headerVersion(), items, sheet.createdAt(), sheet.createdBy(), sheet.submittedAt(),
				sheet.submittedBy(), (sheet.result() instanceof PointsEvaluation points) ? points.total() : null,
				(sheet.result() != null) ? sheet.result().outcome() : null, sheet.resultHash());
	}

}
