package org.shuangsuiji.localrun.matrix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.shuangsuiji.localrun.matrix.Probe.Answer;
import tools.jackson.databind.JsonNode;

/**
 * Issue #12's authorization matrix, against a running local platform: reads every
 * operation from the services' live OpenAPI documents, probes each through the gateway as
 * every caller of {@link Column} and compares the status with the row's door
 * ({@link AccessRows}). Writes {@code access-matrix.md} (a table per service, each cell
 * {@code expected/actual}) and {@code access-matrix-summary.txt} ("passed failed
 * skipped", one check per operation) to the given folder; an operation without a row, a
 * row without an operation or any differing cell fails it.
 */
public final class AccessMatrix {

	/**
	 * The services and their own ports (the documents are read there, not via the
	 * gateway).
	 */
	static final Map<String, Integer> SERVICES = Map.of(AccessRows.REGISTRY, 8081, AccessRows.INSPECTION, 8082,
			AccessRows.SCORING, 8083, AccessRows.EVIDENCE, 8084);

	/**
	 * The gateway's own doors outside the documents: anonymous callers must get no
	 * content.
	 */
	static final List<String> GATEWAY_DOORS = List.of("/actuator/prometheus", "/actuator/info", "/v3/api-docs");

	private final Probe probe = new Probe();

	/** One probed operation: the row and each caller's actual status. */
	record Result(Row row, Map<Column, Integer> actual) {

		boolean passed() {
			return this.actual.entrySet().stream().allMatch((e) -> this.row.expected(e.getKey()) == e.getValue());
		}

	}

	/** A gateway door probed anonymously. */
	record DoorResult(String path, int status, int length) {

		boolean passed() {
			return this.status != 200 || this.length == 0;
		}

	}

	public static void main(String[] args) throws IOException {
		Path out = Path.of((args.length > 0) ? args[0] : "frontend/test-results");
		System.exit(new AccessMatrix().run(out));
	}

	/** Runs the matrix, writes the report into {@code out}; returns the failed checks. */
	public int run(Path out) throws IOException {
		long started = System.nanoTime();
		this.probe.signIn();
		Map<String, Set<String>> documented = new LinkedHashMap<>();
		for (String service : new TreeSet<>(SERVICES.keySet())) {
			documented.put(service, operations(service));
		}
		List<Row> rows = AccessRows.all();
		List<String> coverage = coverageProblems(documented, rows);
		Targets targets = discover();
		List<Result> results = new ArrayList<>();
		for (Row row : rows) {
			if (documented.getOrDefault(row.service(), Set.of()).contains(row.operation())) {
				results.add(probe(row, targets));
			}
		}
		List<DoorResult> doors = new ArrayList<>();
		for (String path : GATEWAY_DOORS) {
			Answer answer = this.probe.get(Column.ANONYMOUS, Probe.GATEWAY + path);
			doors.add(new DoorResult(path, answer.status(), answer.body().length));
		}
		int passed = (int) (results.stream().filter(Result::passed).count()
				+ doors.stream().filter(DoorResult::passed).count());
		int failed = results.size() + doors.size() - passed + coverage.size();
		Files.createDirectories(out);
		Files.writeString(out.resolve("access-matrix.md"),
				MatrixReport.markdown(results, doors, coverage, targets, (System.nanoTime() - started) / 1_000_000));
		Files.writeString(out.resolve("access-matrix-summary.txt"), passed + " " + failed + " 0\n");
		results.stream()
			.filter((r) -> !r.passed())
			.forEach((r) -> System.err
				.println("[matrix] FAIL " + r.row().operation() + " " + MatrixReport.differences(r)));
		doors.stream()
			.filter((d) -> !d.passed())
			.forEach((d) -> System.err.println("[matrix] FAIL gateway " + d.path() + " answers anonymous callers "
					+ d.status() + " with " + d.length() + " bytes"));
		coverage.forEach((c) -> System.err.println("[matrix] FAIL " + c));
		System.out.printf("access matrix: %d operations × %d callers, %d checks passed, %d failed (%d s)%n",
				results.size(), Column.values().length, passed, failed, (System.nanoTime() - started) / 1_000_000_000);
		return (failed == 0) ? 0 : 1;
	}

	/**
	 * The documented operations of a service, "METHOD /path", without springdoc's /error.
	 */
	Set<String> operations(String service) {
		Answer answer = this.probe.get(Column.CITY_IN, "http://127.0.0.1:" + SERVICES.get(service) + "/v3/api-docs");
		if (answer.status() != 200) {
			throw new IllegalStateException(service + " /v3/api-docs answered " + answer.status());
		}
		return operations(answer.json());
	}

	static Set<String> operations(JsonNode document) {
		Set<String> operations = new LinkedHashSet<>();
		for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
			if ("/error".equals(path.getKey())) {
				continue;
			}
			for (String method : List.of("get", "put", "post", "delete", "patch")) {
				if (path.getValue().has(method)) {
					operations.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
				}
			}
		}
		return operations;
	}

	/**
	 * What keeps the rows and the documents apart: documented operations without a row (a
	 * new endpoint nobody has placed) and rows whose operation is gone.
	 */
	static List<String> coverageProblems(Map<String, Set<String>> documented, List<Row> rows) {
		List<String> problems = new ArrayList<>();
		Map<String, Set<String>> covered = new LinkedHashMap<>();
		for (Row row : rows) {
			if (!covered.computeIfAbsent(row.service(), (s) -> new LinkedHashSet<>()).add(row.operation())) {
				problems.add(row.service() + " " + row.operation() + " has more than one row");
			}
		}
		documented.forEach((service, operations) -> operations.stream()
			.filter((operation) -> !covered.getOrDefault(service, Set.of()).contains(operation))
			.forEach((operation) -> problems
				.add(service + " " + operation + " is in the OpenAPI document but has no row in the access matrix")));
		covered.forEach((service, operations) -> operations.stream()
			.filter((operation) -> !documented.getOrDefault(service, Set.of()).contains(operation))
			.forEach((operation) -> problems
				.add(service + " " + operation + " has a row but is not in the OpenAPI document")));
		return problems;
	}

	private Result probe(Row row, Targets targets) {
		String url = Probe.GATEWAY + row.target(targets);
		Map<Column, Integer> actual = new LinkedHashMap<>();
		String json = row.payload(targets);
		for (Column column : Column.values()) {
			actual.put(column, this.probe.send(column, row.method(), url, row.body(), json).status());
		}
		return new Result(row, actual);
	}

	/**
	 * The records the rows probe, found as the city (the organiser): the 新乡 2024 task of
	 * 原阳's demo-xx-02 and what hangs on it. Checks the columns' premises: the "on the
	 * team" inspector is on its current team, the "not on it" one is not, the agency
	 * accounts are the agency and another.
	 */
	Targets discover() {
		Targets targets = new Targets();
		String plan = "demo-xinxiang-2024";
		String task = plan + ":" + this.probe.claim(Column.AGENCY_OWN, "agency_id");
		JsonNode access = found(Column.CITY_IN, "/api/inspections/tasks/" + task + "/access");
		String team = access.path("team").toString();
		String on = this.probe.claim(Column.INSPECTOR_ON, "person_id");
		String off = this.probe.claim(Column.INSPECTOR_OFF, "person_id");
		if (on.isEmpty() || !team.contains("\"" + on + "\"") || off.isEmpty() || team.contains("\"" + off + "\"")
				|| team.contains("\"" + this.probe.claim(Column.EXPERT_OFF, "person_id") + "\"")) {
			throw new IllegalStateException("the columns' team premise does not hold for " + task + ": " + team);
		}
		if (this.probe.claim(Column.AGENCY_OTHER, "agency_id").equals(access.path("agencyId").asString())) {
			throw new IllegalStateException("the other agency's account is the inspected agency's");
		}
		targets.put("plan", plan);
		targets.put("task", task);
		targets.put("agency", access.path("agencyId").asString(""));
		targets.put("inspector", on);
		targets.put("template", access.path("templateId").asString(""));
		targets.put("templateVersion", access.path("templateVersion").asString(""));
		targets.put("appraiser", first(
				found(Column.CITY_IN, "/api/registry/agencies/" + targets.fill("@agency") + "/appraisers"), "id"));
		JsonNode sheets = found(Column.CITY_IN, "/api/scoring/sheets?inspectionId=" + Targets.encode(task));
		String sheet = first(sheets, "sheetId");
		targets.put("sheet", sheet.isEmpty() ? first(sheets, "id") : sheet);
		targets.put("item", first(found(Column.CITY_IN, "/api/scoring/sheets/" + targets.fill("@sheet")), "itemId"));
		targets.put("evidence", first(found(Column.CITY_IN, "/api/evidence/inspections/" + task), "id"));
		return targets;
	}

	private JsonNode found(Column column, String path) {
		Answer answer = this.probe.get(column, Probe.GATEWAY + path);
		if (answer.status() != 200) {
			throw new IllegalStateException("the matrix could not read " + path + " as " + column.username() + ": "
					+ answer.status() + " " + answer.text());
		}
		return answer.json();
	}

	/** The first text value of the field anywhere in the tree (depth first), or "". */
	static String first(JsonNode node, String field) {
		if (node.isObject()) {
			JsonNode value = node.get(field);
			if (value != null && (value.isString() || value.isNumber())) {
				return value.asString();
			}
		}
		for (JsonNode child : node) {
			String found = first(child, field);
			if (!found.isEmpty()) {
				return found;
			}
		}
		return "";
	}

}
