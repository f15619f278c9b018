package org.shuangsuiji.inspection.scoring.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

import org.shuangsuiji.inspection.canonical.CanonicalJson;
import org.shuangsuiji.inspection.canonical.Hashes;
import org.shuangsuiji.inspection.task.OfficialSheets;

/**
 * Finds a task's official sheet in scoring-service, with the caller's token relayed, and
 * the hash of its result: the sheet's own {@code resultHash}, or, from a scoring-service
 * that does not send one, the SHA-256 of the canonical JSON of {@code /result} (numbers
 * with a fraction written as their decimal text, since canonical JSON here has no
 * floating point). Any failure is a 503.
 */
public class HttpOfficialSheets implements OfficialSheets {

	private static final String SUBMITTED = "SUBMITTED";

	private final ScoringClient client;

	public HttpOfficialSheets(ScoringClient client) {
		this.client = client;
	}

	@Override
	public Optional<OfficialSheet> of(String taskId) {
		List<ScoringClient.SheetSummary> found = ScoringClient.SCORING
			.call(() -> this.client.sheets(taskId, "OFFICIAL"));
		Optional<ScoringClient.SheetSummary> summary = (found != null)
				? found.stream()
					.filter((s) -> taskId.equals(s.inspectionId()))
					.min((a, b) -> Boolean.compare(!SUBMITTED.equals(a.status()), !SUBMITTED.equals(b.status())))
				: Optional.empty();
		if (summary.isEmpty()) {
			return Optional.empty();
		}
		String id = summary.get().id();
		ScoringClient.Sheet sheet = ScoringClient.SCORING.call(() -> this.client.sheet(id));
		if (sheet == null || !SUBMITTED.equals(sheet.status())) {
			return Optional.of(new OfficialSheet(id, false, null));
		}
		String hash = (sheet.resultHash() != null && !sheet.resultHash().isBlank()) ? sheet.resultHash()
				: Hashes.sha256Hex(CanonicalJson.write(tree(ScoringClient.SCORING.call(() -> this.client.result(id)))));
		return Optional.of(new OfficialSheet(id, true, hash));
	}

	/** The JSON as canonical JSON's values; {@code null} members left out. */
	static Object tree(JsonNode node) {
		if (node == null || node.isNull()) {
			return Map.of();
		}
		if (node.isObject()) {
			Map<String, Object> map = new LinkedHashMap<>();
			for (Map.Entry<String, JsonNode> member : node.properties()) {
				if (!member.getValue().isNull()) {
					map.put(member.getKey(), tree(member.getValue()));
				}
			}
			return map;
		}
		if (node.isArray()) {
			return node.values().stream().map(HttpOfficialSheets::tree).toList();
		}
		if (node.isBoolean()) {
			return node.booleanValue();
		}
		if (node.isIntegralNumber()) {
			return node.longValue();
		}
		if (node.isNumber()) {
			return node.decimalValue().toPlainString();
		}
		return node.asString();
	}

}
