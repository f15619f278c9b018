package org.shuangsuiji.nationaldata;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.shuangsuiji.platform.history.HistoryLine;

/**
 * Writes {@code history.jsonl}: for each generated plan the platform holds drawn, its
 * tasks as the organising city reads them ({@code GET /api/inspections/tasks?planId=}),
 * each with the story {@link History} gives it. The services' loaders then carry the
 * inspections out in their own stores (scripts/national-history.sh). Reads only: it can
 * run again after a rerun of the plans, and the same seed gives the same file for the
 * same draws.
 */
final class HistoryWriter {

	static final String FILE = "history.jsonl";

	/**
	 * Writes the lines as the contract has them: a visit starts at hours and minutes
	 * ("09:00"), and a line without a template version leaves the field out.
	 */
	static final JsonMapper JSON = JsonMapper.builder()
		.withConfigOverride(LocalTime.class, (time) -> time.setFormat(JsonFormat.Value.forPattern("HH:mm")))
		.addMixIn(HistoryLine.class, LineWriting.class)
		.build();

	private final PlatformClient api;

	private final Map<String, String> accounts;

	private final Summary summary;

	private final long seed;

	HistoryWriter(PlatformClient api, Map<String, String> accounts, Summary summary, long seed) {
		this.api = api;
		this.accounts = accounts;
		this.summary = summary;
		this.seed = seed;
	}

	/**
	 * Reads the drawn tasks of {@code reach}'s plans and writes their stories to
	 * {@code dir}.
	 */
	List<HistoryLine> write(DataSet reach, Path dir, Progress progress) throws IOException {
		Summary.Kind tally = this.summary.kind("plans read");
		tally.generated = reach.plans().size();
		int latestYear = reach.plans().stream().mapToInt(DataSet.Plan::year).max().orElse(0);
		Map<String, List<DataSet.Plan>> byCity = new LinkedHashMap<>();
		reach.plans().forEach((p) -> byCity.computeIfAbsent(p.cityCode(), (c) -> new ArrayList<>()).add(p));
		List<HistoryLine> lines = new ArrayList<>();
		for (Map.Entry<String, List<DataSet.Plan>> city : byCity.entrySet()) {
			String account = this.accounts.get(city.getKey());
			progress.label("history " + city.getKey());
			if (account == null) {
				// out of reach, as the plans line of the summary already says
				progress.advance(city.getValue().size());
				continue;
			}
			long started = System.nanoTime();
			Map<String, String> drawnByTitle = new HashMap<>();
			for (JsonNode plan : this.api.get(account, "/api/inspections/plans").json()) {
				if ("DRAWN".equals(plan.path("status").asString())) {
					drawnByTitle.put(plan.path("title").asString(), plan.path("id").asString());
				}
			}
			tally.calls++;
			for (DataSet.Plan plan : city.getValue()) {
				tally.inReach++;
				String id = drawnByTitle.get(plan.title());
				if (id == null) {
					tally.refused(1, "not drawn in the platform: " + plan.title());
					progress.advance(1);
					continue;
				}
				PlatformClient.Reply reply = this.api.get(account, "/api/inspections/tasks?planId=" + id);
				tally.calls++;
				if (!reply.ok()) {
					tally.refused(1, reply.toString());
					progress.advance(1);
					continue;
				}
				for (JsonNode task : reply.json()) {
					if (!"WITHDRAWN".equals(task.path("status").asString())) {
						lines.add(History.of(this.seed, plan, task(task), account, latestYear));
					}
				}
				tally.written++;
				progress.advance(1);
			}
			tally.nanos += System.nanoTime() - started;
		}
		lines.sort(Comparator.comparingInt(HistoryLine::year).thenComparing(HistoryLine::taskId));
		Files.createDirectories(dir);
		try (Writer out = Files.newBufferedWriter(dir.resolve(FILE), StandardCharsets.UTF_8)) {
			for (HistoryLine line : lines) {
				out.write(JSON.writeValueAsString(line));
				out.write('\n');
			}
		}
		Summary.Kind inspections = this.summary.kind("inspections");
		inspections.generated = lines.size();
		inspections.inReach = lines.size();
		inspections.written = lines.size();
		System.out.printf("[national-data] %d inspections' stories in %s%n", lines.size(), dir.resolve(FILE));
		return lines;
	}

	static History.Task task(JsonNode task) {
		List<HistoryLine.Member> team = new ArrayList<>();
		for (JsonNode m : task.path("team")) {
			team.add(new HistoryLine.Member(m.path("kind").asString(), m.path("personId").asString(),
					m.path("name").asString(), m.path("lawEnforcementCertNo").asString("")));
		}
		return new History.Task(task.path("id").asString(), task.path("planId").asString(), task.path("year").asInt(),
				task.path("agencyId").asString(), task.path("agencyName").asString(),
				task.path("agencyRegion").asString(), team);
	}

	/** How {@link HistoryLine} is written besides its fields (a Jackson mix-in). */
	private abstract static class LineWriting {

		@JsonInclude(JsonInclude.Include.NON_NULL)
		abstract Integer templateVersion();

	}

}
