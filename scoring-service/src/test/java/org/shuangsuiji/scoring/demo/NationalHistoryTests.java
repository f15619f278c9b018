package org.shuangsuiji.scoring.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.shuangsuiji.platform.history.HistoryLine;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.platform.test.http.Reply;
import org.shuangsuiji.platform.test.http.TestHttp;
import org.shuangsuiji.scoring.engine.Evaluation;
import org.shuangsuiji.scoring.engine.ItemOutcome;
import org.shuangsuiji.scoring.engine.Scorers;
import org.shuangsuiji.scoring.sheet.NewSheet;
import org.shuangsuiji.scoring.sheet.ResultHash;
import org.shuangsuiji.scoring.sheet.Sheet;
import org.shuangsuiji.scoring.sheet.SheetEvent;
import org.shuangsuiji.scoring.sheet.SheetMode;
import org.shuangsuiji.scoring.sheet.SheetQuery;
import org.shuangsuiji.scoring.sheet.SheetService;
import org.shuangsuiji.scoring.sheet.SheetStore;
import org.shuangsuiji.scoring.template.Template;
import org.shuangsuiji.scoring.template.TemplateCatalog;
import org.shuangsuiji.scoring.testing.ScoringServiceTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuangsuiji.scoring.testing.ScoringTokens.token;

/**
 * The national history loader over {@code history/history.jsonl}: two 新乡 checklists
 * (2017, 3 findings and none), one 鄂州 points table (2018, 4 deductions, a team with an
 * expert) and one task only scheduled; and over {@code history/bad-history.jsonl}, where
 * four of five lines are wrong.
 */
@ScoringServiceTest
class NationalHistoryTests {

	private static final JsonMapper PLAIN = JsonMapper.builder().build();

	private static final Caller INSPECTOR = new Caller("hist-inspector-1", "张检查（虚构）", java.util.Set.of(Role.INSPECTOR),
			RegionCode.of("410700"), null, "hist-inspector-1");

	@LocalServerPort
	int port;

	@Autowired
	SheetStore store;

	@Autowired
	SheetService service;

	@Autowired
	TemplateCatalog templates;

	@Autowired
	Scorers scorers;

	@Autowired
	ResultHash hash;

	@Autowired
	JsonMapper json;

	@Autowired
	ApplicationContext context;

	@TempDir
	static Path folder;

	// The first run's summary and result file: every test reads them, the rerun test
	// loads again. (A per-class instance would start Spring before the infrastructure.)
	private static HistorySummary first;

	private static List<String> firstResults;

	@BeforeEach
	void loadOnce() throws IOException {
		if (first == null) {
			first = loader().load(resource("history/history.jsonl"), folder.resolve("sheet-results.jsonl"));
			firstResults = Files.readAllLines(folder.resolve("sheet-results.jsonl"));
		}
	}

	private HistorySheets loader() {
		return new HistorySheets(this.store, this.service, this.templates, this.scorers, this.hash, this.json);
	}

	@Test
	void writesTheOfficialSheetOfEveryInspectedTaskAndNoneForAScheduledOne() {
		assertThat(first.read()).isEqualTo(4);
		assertThat(first.written()).isEqualTo(3);
		assertThat(first.scheduled()).isEqualTo(1);
		assertThat(first.refused()).isEmpty();
		assertThat(first.exitCode()).isZero();
		assertThat(official("hist-plan-2018-420700:hist-agency-d")).isEmpty();
		assertThat(firstResults).hasSize(3);
	}

	@Test
	void eachSheetFindsExactlyTheLinesFindingsOnItsTemplateKind() {
		Sheet checklist = official("hist-plan-2017-410700:hist-agency-a").get(0);
		assertThat(checklist.templateId()).isEqualTo("xinxiang-2024-checklist");
		assertThat(findings(checklist.result())).isEqualTo(3);
		assertThat(checklist.result().items().stream().filter((item) -> item.findings() > 0)).hasSize(3);
		Sheet clean = official("hist-plan-2017-410700:hist-agency-b").get(0);
		assertThat(findings(clean.result())).isZero();
		assertThat(clean.result().outcome().code())
			.isEqualTo(this.scorers.of("xinxiang-2024-checklist", 1).evaluate(clean.engineAnswers()).outcome().code());
		Sheet points = official("hist-plan-2018-420700:hist-agency-c").get(0);
		assertThat(points.templateId()).isEqualTo("ezhou-2025-scoring");
		assertThat(findings(points.result())).isEqualTo(4);
	}

	@Test
	void theSheetsScoreAsTheEngineSaysAndCarryTheResultHash() {
		for (String task : List.of("hist-plan-2017-410700:hist-agency-a", "hist-plan-2018-420700:hist-agency-c")) {
			Sheet sheet = official(task).get(0);
			Evaluation engine = this.scorers.of(sheet.templateId(), sheet.templateVersion())
				.evaluate(sheet.engineAnswers());
			assertThat(this.json.writeValueAsString(sheet.result())).isEqualTo(this.json.writeValueAsString(engine));
			assertThat(sheet.resultHash()).isEqualTo(this.hash.of(engine));
			assertThat(sheet.result().complete()).isTrue();
		}
	}

	@Test
	void theFirstInspectorSubmitsOnTheVisitDayAndTheExpertAnswersTheExpertItems() {
		Sheet sheet = official("hist-plan-2018-420700:hist-agency-c").get(0);
		assertThat(sheet.submittedBy()).isEqualTo("hist-inspector-5");
		assertThat(sheet.createdBy()).isEqualTo("hist-inspector-5");
		assertThat(sheet.submittedAt().atZone(HistorySheets.SHANGHAI).toLocalDate())
			.isEqualTo(LocalDate.of(2018, 9, 5));
		assertThat(sheet.answers().get("12").answeredBy()).isEqualTo("hist-expert-1");
		assertThat(sheet.answers().get("1").answeredBy()).isEqualTo("hist-inspector-5");
		List<SheetEvent> history = this.store.history(sheet.id());
		assertThat(history.get(0).action()).isEqualTo(SheetEvent.Action.CREATED);
		assertThat(history.get(history.size() - 1).action()).isEqualTo(SheetEvent.Action.SUBMITTED);
		assertThat(history).hasSize(sheet.answers().size() + 2);
	}

	@Test
	void theResultFileHoldsWhatTheResultEndpointAnswersInTheShapeInspectionServiceParses() {
		TestHttp bureau = TestHttp.on(this.port).as(token(Role.PROVINCE, "420000"));
		JsonNode line = PLAIN.readTree(firstResults.get(2));
		assertThat(line.path("taskId").asString()).isEqualTo("hist-plan-2018-420700:hist-agency-c");
		String sheetId = line.path("sheet").path("id").asString();
		Reply result = bureau.get("/api/scoring/sheets/" + sheetId + "/result");
		assertThat(result.status()).isEqualTo(200);
		assertThat(line.path("result")).isEqualTo(PLAIN.readTree(result.body()));
		JsonNode sheet = bureau.get("/api/scoring/sheets/" + sheetId).json();
		for (String field : List.of("id", "status", "submittedAt", "resultHash")) {
			assertThat(line.path("sheet").path(field)).as(field).isEqualTo(sheet.path(field));
		}
		ClientResult parsed = PLAIN.treeToValue(line.path("result"), ClientResult.class);
		assertThat(parsed.grade().code()).isNotBlank();
		assertThat(parsed.items().stream().mapToInt(ClientItem::findings).sum()).isEqualTo(4);
		assertThat(parsed.total()).isNotNull();
	}

	@Test
	void theDashboardCountsTheHistoryByYearAndRegion() {
		JsonNode xinxiang = TestHttp.on(this.port)
			.as(token(Role.CITY, "410700"))
			.get("/api/scoring/dashboard?year=2017&templateId=xinxiang-2024-checklist")
			.json();
		assertThat(xinxiang.path("sheets").asLong()).isEqualTo(2);
		JsonNode hongqi = TestHttp.on(this.port)
			.as(token(Role.COUNTY, "410702"))
			.get("/api/scoring/dashboard?year=2017")
			.json();
		assertThat(hongqi.path("sheets").asLong()).isEqualTo(1);
		JsonNode ezhou = TestHttp.on(this.port)
			.as(token(Role.PROVINCE, "420000"))
			.get("/api/scoring/dashboard?year=2018&templateId=ezhou-2025-scoring")
			.json();
		assertThat(ezhou.path("sheets").asLong()).isEqualTo(1);
	}

	@Test
	void aSecondRunWritesNothingNewAndTheSameResultFile() throws IOException {
		Sheet before = official("hist-plan-2017-410700:hist-agency-a").get(0);
		int history = this.store.history(before.id()).size();
		Path again = folder.resolve("again.jsonl");
		HistorySummary second = loader().load(resource("history/history.jsonl"), again);
		assertThat(second.written()).isZero();
		assertThat(second.skipped()).isEqualTo(3);
		assertThat(second.exitCode()).isZero();
		assertThat(this.store.history(before.id())).hasSize(history);
		assertThat(official("hist-plan-2017-410700:hist-agency-a")).hasSize(1);
		assertThat(Files.readAllLines(again)).isEqualTo(firstResults);
	}

	@Test
	void aBadLineIsRefusedWithItsReasonAndNothingOfItIsWritten() throws IOException {
		Path out = folder.resolve("bad-results.jsonl");
		HistorySummary summary = loader().load(resource("history/bad-history.jsonl"), out);
		assertThat(summary.read()).isEqualTo(5);
		assertThat(summary.written()).isEqualTo(1);
		assertThat(summary.exitCode()).isEqualTo(1);
		assertThat(summary.refused()).hasSize(4);
		assertThat(summary.refused().get(0)).startsWith("line 1:").contains("holds at most 21");
		assertThat(summary.refused().get(1)).startsWith("line 2:").contains("templateKind DEDUCTION");
		assertThat(summary.refused().get(2)).startsWith("line 3:").contains("no inspector");
		assertThat(summary.refused().get(3)).startsWith("line 4:").contains("not a history line");
		assertThat(summary.line()).contains("4 refused").contains("line 1:");
		for (String task : List.of("hist-bad:too-many", "hist-bad:wrong-kind", "hist-bad:no-inspector")) {
			assertThat(official(task)).as(task).isEmpty();
		}
		assertThat(Files.readAllLines(out)).hasSize(1).allMatch((line) -> line.contains("hist-bad:fine"));
	}

	@Test
	void aDraftAnEarlierRunLeftIsFinishedAndSubmitted() throws IOException {
		HistoryLine line = firstLineAs("hist-draft:left-by-a-cut-run");
		Sheet draft = draftOf(line, HistorySheets.sheetId(line));
		assertThat(this.store.insert(draft, SheetEvent.created(draft.createdAt(), INSPECTOR, "earlier run"))).isTrue();

		HistorySummary summary = loader().load(write(line, "draft.jsonl"), folder.resolve("draft-results.jsonl"));

		assertThat(summary.written()).isEqualTo(1);
		Sheet finished = this.store.find(draft.id()).orElseThrow();
		assertThat(finished.submitted()).isTrue();
		assertThat(findings(finished.result())).isEqualTo(line.findings());
		assertThat(this.store.history(draft.id()).get(0).detail()).isEqualTo("earlier run");
	}

	@Test
	void anOfficialSheetTheLoaderDidNotWriteIsNeverReplaced() throws IOException {
		HistoryLine line = firstLineAs("hist-api:drafted-through-the-api");
		Sheet apiDraft = draftOf(line, java.util.UUID.randomUUID().toString());
		assertThat(this.store.insert(apiDraft, SheetEvent.created(apiDraft.createdAt(), INSPECTOR, "api"))).isTrue();

		HistorySummary summary = loader().load(write(line, "api.jsonl"), folder.resolve("api-results.jsonl"));

		assertThat(summary.written()).isZero();
		assertThat(summary.refused()).singleElement().asString().contains("did not write");
		assertThat(official(line.taskId())).extracting(Sheet::id).containsExactly(apiDraft.id());
		assertThat(this.store.find(HistorySheets.sheetId(line))).isEmpty();
	}

	/**
	 * The fixture's first line (a 新乡 checklist with three findings) for another task, in
	 * a year the other tests do not count.
	 */
	private HistoryLine firstLineAs(String taskId) throws IOException {
		HistoryLine line = this.json.readValue(Files.readAllLines(resource("history/history.jsonl")).get(0),
				HistoryLine.class);
		return new HistoryLine(taskId, line.planId(), 2093, line.planRegion(), line.agencyId(), line.agencyName(),
				line.agencyRegion(), line.templateId(), line.templateVersion(), line.templateKind(), line.team(),
				line.organiser(), line.stage(), line.visitDay().withYear(2093), line.visitStart(), line.findings(),
				line.factSheet(), line.rectified(), line.publishedDay(), line.evidence(), line.seed());
	}

	private Sheet draftOf(HistoryLine line, String sheetId) {
		Template template = this.templates.get(line.templateId(), 1).template();
		NewSheet request = new NewSheet(template.templateId(), template.version(), line.taskId(), line.agencyId(),
				line.agencyName(), RegionCode.of(line.agencyRegion()), line.year(), SheetMode.OFFICIAL);
		return Sheet.official(sheetId, template, request, line.year(), java.time.Instant.parse("2093-06-12T01:30:00Z"),
				"hist-inspector-1");
	}

	private Path write(HistoryLine line, String name) throws IOException {
		return Files.writeString(folder.resolve(name), this.json.writeValueAsString(line) + "\n");
	}

	@Test
	void withoutTheHistoryFileThereIsNoLoader() {
		assertThat(this.context.getBeansOfType(NationalHistory.class)).isEmpty();
	}

	private List<Sheet> official(String taskId) {
		return this.store.find(new SheetQuery(null, null, taskId, null, null, SheetMode.OFFICIAL, 10));
	}

	private static int findings(Evaluation result) {
		return result.items().stream().mapToInt(ItemOutcome::findings).sum();
	}

	private static Path resource(String name) throws IOException {
		return new ClassPathResource(name).getFile().toPath();
	}

	/**
	 * What inspection-service's {@code SheetResultClient.Result} reads of a result, under
	 * the same names.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record ClientResult(String kind, BigDecimal total, ClientOutcome grade, ClientOutcome conclusion,
			List<ClientItem> items, List<Map<String, Object>> actions, Boolean provincialReview,
			List<Object> provincialReviewReasons) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record ClientOutcome(String code, String label) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record ClientItem(String itemId, String number, String finding, int findings, List<String> found) {
	}

}
