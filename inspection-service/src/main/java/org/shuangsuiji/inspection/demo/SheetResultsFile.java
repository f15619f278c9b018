package org.shuangsuiji.inspection.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.shuangsuiji.inspection.scoring.client.SheetResultClient;
import org.shuangsuiji.platform.problem.NotFoundException;

/**
 * scoring-service's answers for the official sheets of the history, read from
 * {@code sheet-results.jsonl} (one {@code {"taskId":…,"result":…}} per task) instead of
 * over HTTP, so that {@link org.shuangsuiji.inspection.scoring.client.HttpSheetResults}
 * turns them into recommendations exactly as it turns scoring-service's answers. The
 * {@code result} is the body of {@code GET /api/scoring/sheets/{id}/result}; the sheet's
 * id, submission time and result hash come from the body of {@code GET
 * /api/scoring/sheets/{id}}, given as {@code sheet} beside it (what scoring-service's
 * loader writes) or with the result inside it.
 */
final class SheetResultsFile implements SheetResultClient {

	/** The submitted official sheets by task id. */
	private final Map<String, SheetDetail> sheets;

	private SheetResultsFile(Map<String, SheetDetail> sheets) {
		this.sheets = sheets;
	}

	/** Reads the file; a line that does not parse fails the whole load, naming it. */
	static SheetResultsFile read(Path file, JsonMapper json) {
		Map<String, SheetDetail> sheets = new HashMap<>();
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the sheet results " + file, ex);
		}
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).isBlank()) {
				continue;
			}
			JsonNode line = json.readTree(lines.get(i));
			String taskId = line.path("taskId").asString(null);
			JsonNode result = line.get("result");
			if (taskId == null || result == null || !result.isObject()) {
				throw new IllegalArgumentException(
						file + " line " + (i + 1) + ": a line is {\"taskId\":…,\"result\":{…}}");
			}
			sheets.put(taskId, detail(result, line.path("sheet"), json));
		}
		return new SheetResultsFile(sheets);
	}

	private static SheetDetail detail(JsonNode result, JsonNode sheet, JsonMapper json) {
		if (result.path("result").isObject()) {
			return json.treeToValue(result, SheetDetail.class);
		}
		Result parsed = json.treeToValue(result, Result.class);
		if (sheet.isObject()) {
			SheetDetail named = json.treeToValue(sheet, SheetDetail.class);
			return new SheetDetail(named.id(), named.status(), named.submittedAt(), named.resultHash(), parsed);
		}
		return new SheetDetail(null, "SUBMITTED", null, null, parsed);
	}

	/** No sheet results: every CLOSED or PUBLISHED line is refused for want of one. */
	static SheetResultsFile none() {
		return new SheetResultsFile(Map.of());
	}

	/** The task's submitted official sheet, keyed by the task (the file's key). */
	@Override
	public List<SheetRow> sheets(String inspectionId, String mode, String status) {
		return Optional.ofNullable(this.sheets.get(inspectionId))
			.map((sheet) -> List
				.of(new SheetRow(inspectionId, inspectionId, "OFFICIAL", "SUBMITTED", sheet.submittedAt())))
			.orElse(List.of());
	}

	@Override
	public SheetDetail sheet(String taskId) {
		return Optional.ofNullable(this.sheets.get(taskId))
			.orElseThrow(() -> new NotFoundException("sheet-not-found", "no sheet result for " + taskId));
	}

	@Override
	public Result result(String taskId) {
		return sheet(taskId).result();
	}

}
