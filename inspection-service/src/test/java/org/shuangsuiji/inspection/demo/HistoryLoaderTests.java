package org.shuangsuiji.inspection.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.shuangsuiji.inspection.audit.AuditStore;
import org.shuangsuiji.inspection.conclusion.Conclusion;
import org.shuangsuiji.inspection.conclusion.ConclusionStore;
import org.shuangsuiji.inspection.conclusion.ReviewStatus;
import org.shuangsuiji.inspection.disclosure.PublishedResult;
import org.shuangsuiji.inspection.disclosure.PublishedResultStore;
import org.shuangsuiji.inspection.disclosure.ResultWording;
import org.shuangsuiji.inspection.dossier.Dossier;
import org.shuangsuiji.inspection.dossier.DossierDraw;
import org.shuangsuiji.inspection.dossier.DossierService;
import org.shuangsuiji.inspection.dossier.DossierStore;
import org.shuangsuiji.inspection.dossier.FileReview;
import org.shuangsuiji.inspection.dossier.ItemCheck;
import org.shuangsuiji.inspection.dossier.Register;
import org.shuangsuiji.inspection.dossier.RegisterCheck;
import org.shuangsuiji.inspection.dossier.RegisterKind;
import org.shuangsuiji.inspection.dossier.RegisterReader;
import org.shuangsuiji.inspection.dossier.ReviewItem;
import org.shuangsuiji.inspection.dossier.SampleInputs;
import org.shuangsuiji.inspection.draw.DrawStore;
import org.shuangsuiji.inspection.draw.PersonKind;
import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.inspection.plan.PlanService;
import org.shuangsuiji.inspection.rectification.Rectification;
import org.shuangsuiji.inspection.rectification.RectificationStatus;
import org.shuangsuiji.inspection.rectification.RectificationStore;
import org.shuangsuiji.inspection.scoring.client.HttpSheetResults;
import org.shuangsuiji.inspection.support.ApiTestSupport;
import org.shuangsuiji.inspection.task.FactSheetAnswer;
import org.shuangsuiji.inspection.task.InspectionTask;
import org.shuangsuiji.inspection.task.TaskMember;
import org.shuangsuiji.inspection.task.TaskService;
import org.shuangsuiji.inspection.task.TaskStatus;
import org.shuangsuiji.inspection.task.TaskStep;
import org.shuangsuiji.inspection.task.TaskStore;
import org.shuangsuiji.platform.event.DomainEvents;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The national history loader against the in-process MongoDB-protocol server: the small
 * history of test resources ({@code history/}) loaded once into plan tasks of 杭州
 * (330100), whose region no other test uses, then read back through the stores and the
 * dashboards; refused lines in plans of 宁波 (330200).
 */
@SuppressWarnings("unchecked")
class HistoryLoaderTests extends ApiTestSupport {

	private static final String CITY = "330100";

	/**
	 * The loaded plan and what its run answered, shared by the tests of the loaded
	 * history.
	 */
	private static String planId;

	private static HistoryRunner.Summary loaded;

	private static final List<Integer> exits = new ArrayList<>();

	@TempDir
	private static Path dir;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private PlanService plans;

	@Autowired
	private TaskStore tasks;

	@Autowired
	private DrawStore draws;

	@Autowired
	private TaskService taskService;

	@Autowired
	private ConclusionStore conclusions;

	@Autowired
	private RectificationStore rectifications;

	@Autowired
	private PublishedResultStore published;

	@Autowired
	private AuditStore audit;

	@Autowired
	private DossierStore dossiers;

	@Autowired
	private DossierService dossierService;

	@Autowired
	private RegisterReader registerReader;

	@Autowired
	private DomainEvents events;

	@Autowired
	private Clock clock;

	@Autowired
	private JsonMapper json;

	@BeforeEach
	void theHistoryIsLoadedOnce() throws IOException {
		if (planId != null) {
			return;
		}
		planId = plan(CITY);
		for (String agency : List.of("ag-1", "ag-2", "ag-3", "ag-4", "ag-5")) {
			task(planId, CITY, agency);
		}
		loaded = runner(planId, CITY, "history.jsonl").load();
	}

	/** A published plan of the city for 2024, as the city. */
	private String plan(String city) {
		String id = read(body(http(as(Role.CITY, city)).post("/api/inspections/plans",
				cityPlan(city, 2024, "2024年度示例市司法鉴定行业“双随机、一公开”监督检查")), 201), "$.id");
		body(http(as(Role.CITY, city)).post("/api/inspections/plans/" + id + "/publish"), 200);
		return id;
	}

	/** The drawn task of the agency, not scheduled yet, with two inspectors. */
	private void task(String plan, String city, String agencyId) {
		PlanId id = new PlanId(plan);
		InspectionTask task = new InspectionTask(InspectionTask.idOf(id, agencyId), id, 2024, RegionCode.of(city),
				agencyId, "示例" + agencyId + "司法鉴定所（虚构）", RegionCode.of(city.substring(0, 4) + "02"),
				List.of(new TaskMember(PersonKind.INSPECTOR, "in-hz-1", "检查员甲", "浙执000001"),
						new TaskMember(PersonKind.INSPECTOR, "in-hz-2", "检查员乙", "浙执000002")),
				null, TaskStatus.PLANNED, null, null);
		assertThat(this.tasks.insert(task)).isTrue();
	}

	/**
	 * A runner over the resource file with the plan and city filled in; exits recorded.
	 */
	private HistoryRunner runner(String plan, String city, String history) throws IOException {
		return new HistoryRunner(resource(history, plan, city), loader(plan, city), this.json, exits::add);
	}

	private HistoryLoader loader(String plan, String city) throws IOException {
		Path sheets = resource("sheet-results.jsonl", plan, city);
		return new HistoryLoader(this.plans, this.tasks, this.draws, this.taskService, this.conclusions,
				this.rectifications, this.published, new HttpSheetResults(SheetResultsFile.read(sheets, this.json)),
				this.dossiers, this.registerReader, this.events, this.clock);
	}

	/** The history line of ag-1 (SCHEDULED) of the loaded plan, naming ag-3 instead. */
	private static Path scheduledLineOfAg3() throws IOException {
		Path file = resource("history.jsonl", planId, CITY);
		String line = Files.readAllLines(file).get(0).replace(":ag-1\"", ":ag-3\"").replace("\"ag-1\"", "\"ag-3\"");
		Path changed = dir.resolve("scheduled-ag-3.jsonl");
		Files.writeString(changed, line + "\n");
		return changed;
	}

	private static Path resource(String name, String plan, String city) throws IOException {
		try (var in = HistoryLoaderTests.class.getResourceAsStream("/history/" + name)) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{planId}", plan)
				.replace("{city}", city)
				.replace("{agencyRegion}", city.substring(0, 4) + "02");
			Path file = dir.resolve(plan + "-" + name);
			Files.writeString(file, text);
			return file;
		}
	}

	private InspectionTask task(String agencyId) {
		return this.tasks.find(planId + ":" + agencyId).orElseThrow();
	}

	private static Instant at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant();
	}

	@Test
	void everyLineOfTheHistoryIsWritten() {
		assertThat(loaded.toString()).isEqualTo("5 lines read, 5 tasks written, 0 skipped as already there, 0 refused");
	}

	@Test
	void aScheduledLineSetsTheVisitWithNoticeADayBeforeAndNothingOnSite() {
		InspectionTask task = task("ag-1");
		assertThat(task.status()).isEqualTo(TaskStatus.SCHEDULED);
		assertThat(task.schedule().day()).isEqualTo(LocalDate.of(2024, 6, 4));
		assertThat(task.schedule().start()).isEqualTo(LocalTime.of(9, 0));
		assertThat(task.schedule().notifyAt()).isEqualTo(LocalDateTime.of(2024, 6, 3, 9, 0));
		assertThat(task.onSite().steps()).isEmpty();
		assertThat(this.conclusions.find(task.id())).isEmpty();
	}

	@Test
	void aClosedLineTakesEveryOnSiteStepOnTheVisitDayByTheTeam() {
		InspectionTask task = task("ag-2");
		assertThat(task.status()).isEqualTo(TaskStatus.CLOSED);
		assertThat(task.onSite().steps()).extracting(TaskStep::status)
			.containsExactly(TaskStatus.CHECKED_IN, TaskStatus.CHECKING, TaskStatus.FINDINGS_DISCUSSED,
					TaskStatus.FACT_SHEET_ISSUED, TaskStatus.FACT_SHEET_SIGNED, TaskStatus.CLOSED);
		assertThat(task.onSite().steps().get(0).at()).isEqualTo(at("2024-06-05T09:00"));
		assertThat(task.onSite().steps().get(5).at()).isEqualTo(at("2024-06-05T13:30"));
		assertThat(task.onSite().steps().get(0).byUserId()).isEqualTo("in-hz-1");
		assertThat(task.onSite().mainFindings()).containsExactly("第3项：（1）", "第7项：（2）；（3）");
		assertThat(task.onSite().factSheet().facts()).isEqualTo(task.onSite().mainFindings());
		assertThat(task.onSite().factSheet().team()).containsExactly("检查员甲", "检查员乙");
		assertThat(task.onSite().factSheet().contentHash()).isEqualTo(task.onSite().factSheet().computeHash());
		FactSheetAnswer.Signed signed = (FactSheetAnswer.Signed) task.onSite().answer();
		assertThat(signed.byUserId()).isEqualTo("ag-2");
		assertThat(signed.signedScanEvidenceId()).isEqualTo(HistoryLoader.evidenceId(task, "fact-sheet-scan"));
		assertThat(task.onSite().seal().sealedAt()).isEqualTo(at("2024-06-05T13:30"));
	}

	@Test
	void aClosedLineIsConcludedAsRecommendedTheNextWorkingDayAndNotPublished() {
		Conclusion conclusion = this.conclusions.find(planId + ":ag-2").orElseThrow();
		assertThat(conclusion.decision().outcome().code()).isEqualTo("RECTIFY");
		assertThat(conclusion.decision().actions()).extracting((a) -> a.code()).containsExactly("RECTIFY");
		assertThat(conclusion.decision().by().userId()).isEqualTo("bureau-330100");
		assertThat(conclusion.decision().at()).isEqualTo(at("2024-06-06T10:00"));
		assertThat(conclusion.review()).isNull();
		assertThat(conclusion.publishedAt()).isNull();
		assertThat(this.published.find(planId + ":ag-2")).isEmpty();
	}

	@Test
	void aRectifiedLineHasOneAcceptedItemPerFoundItemAfterTheVisit() {
		Rectification rectification = this.rectifications.find(planId + ":ag-2").orElseThrow();
		assertThat(rectification.items()).extracting((i) -> i.checklistItem()).containsExactly("item-3", "item-7");
		assertThat(rectification.items()).allSatisfy((item) -> {
			assertThat(item.status()).isEqualTo(RectificationStatus.ACCEPTED);
			assertThat(item.responses().get(0).by().userId()).isEqualTo("ag-2");
			assertThat(item.responses().get(0).at()).isAfter(at("2024-06-05T13:30"));
			assertThat(item.reviews().get(0).at()).isAfter(item.responses().get(0).at());
		});
		assertThat(rectification.complete()).isTrue();
	}

	@Test
	void anUnrectifiedLineLeavesItsLastItemOpen() {
		Rectification rectification = this.rectifications.find(planId + ":ag-3").orElseThrow();
		assertThat(rectification.items()).extracting((i) -> i.status())
			.containsExactly(RectificationStatus.ACCEPTED, RectificationStatus.OPEN);
		assertThat(rectification.complete()).isFalse();
	}

	@Test
	void aRefusedFactSheetIsRecordedByTheTeamWithItsEvidence() {
		InspectionTask task = task("ag-3");
		FactSheetAnswer.Refused refused = (FactSheetAnswer.Refused) task.onSite().answer();
		assertThat(refused.byUserId()).isEqualTo("in-hz-2");
		assertThat(refused.evidenceIds()).containsExactly(HistoryLoader.evidenceId(task, "refusal-record"));
		assertThat(task.onSite().steps()).extracting(TaskStep::status).contains(TaskStatus.FACT_SHEET_REFUSED);
	}

	@Test
	void aPublishedLineIsPublishedOnItsDay() {
		PublishedResult result = this.published.find(planId + ":ag-3").orElseThrow();
		assertThat(result.publishedAt()).isEqualTo(at("2024-06-20T15:00"));
		// the sheet named beside the result, as scoring-service's loader writes it
		assertThat(result.sheetResultHash()).isEqualTo("3a9e77b1");
		assertThat(task("ag-3").onSite().seal().sheetId()).isEqualTo("sheet-ag-3");
		assertThat(result.inspectionDate()).isEqualTo(LocalDate.of(2024, 6, 6));
		assertThat(result.result()).isEqualTo(ResultWording.ORDERED_TO_RECTIFY);
		assertThat(this.conclusions.find(planId + ":ag-3").orElseThrow().publishedAt()).isEqualTo(result.publishedAt());
		assertThat(this.published.find(planId + ":ag-4").orElseThrow().result()).isEqualTo(ResultWording.NOTHING_FOUND);
	}

	@Test
	void aSuspendingRecommendationIsAcceptedByTheProvinceBeforePublication() {
		Conclusion conclusion = this.conclusions.find(planId + ":ag-5").orElseThrow();
		assertThat(conclusion.review().status()).isEqualTo(ReviewStatus.DECIDED);
		assertThat(conclusion.review().verdict().confirmed()).isTrue();
		assertThat(conclusion.review().verdict().by().userId()).isEqualTo("bureau-330000");
		assertThat(conclusion.finalOutcome().code()).isEqualTo("FAIL");
		assertThat(conclusion.recommendation().sheetId()).isEqualTo("sheet-ag-5");
		assertThat(task("ag-5").onSite().seal().sheetResultHash()).isEqualTo("5f0c1d2e");
		PublishedResult result = this.published.find(planId + ":ag-5").orElseThrow();
		assertThat(result.result()).isEqualTo(ResultWording.FURTHER_HANDLING);
		assertThat(result.publishedAt()).isAfter(conclusion.review().verdict().at());
	}

	@Test
	void theAuditTrailHoldsTheStepsAsTheListenersWriteThem() {
		List<String> actions = this.audit.find(CITY, planId + ":ag-3", 0, 100)
			.stream()
			.map((entry) -> entry.action())
			.toList();
		assertThat(actions).contains("task.scheduled", "task.checked-in", "task.fact-sheet-refused", "task.sealed");
	}

	@Test
	void aSecondRunWritesNothingAndExitsWithZero() throws IOException {
		int entries = this.audit.find(CITY, null, 0, 10_000).size();
		HistoryRunner runner = runner(planId, CITY, "history.jsonl");
		int exitsBefore = exits.size();
		runner.run(null);
		assertThat(exits.subList(exitsBefore, exits.size())).containsExactly(0);
		assertThat(runner.load().toString())
			.isEqualTo("5 lines read, 0 tasks written, 5 skipped as already there, 0 refused");
		assertThat(this.audit.find(CITY, null, 0, 10_000)).hasSize(entries);
	}

	@Test
	void aTaskPastTheLinesStageIsLeftAlone() throws IOException {
		InspectionTask before = task("ag-3");
		HistoryRunner.Summary summary = new HistoryRunner(scheduledLineOfAg3(), loader(planId, CITY), this.json,
				exits::add)
			.load();
		assertThat(summary.toString())
			.isEqualTo("1 lines read, 0 tasks written, 1 skipped as already there, 0 refused");
		assertThat(task("ag-3")).isEqualTo(before);
	}

	@Test
	void theProvincesDashboardCountsTheLoadedHistory() {
		String json = body(http(as(Role.PROVINCE, "330000")).get("/api/inspections/dashboard?region=330000&year=2024"),
				200);
		List<Map<String, Object>> rows = read(json, "$.rows");
		Map<String, Object> city = rows.stream().filter((r) -> CITY.equals(r.get("region"))).findFirst().orElseThrow();
		assertThat(city).containsEntry("inspections", 5)
			.containsEntry("inspectionsClosed", 4)
			.containsEntry("conclusions", 4)
			// 2 + 2 + 0 + 1 found items; 第7项 of ag-2 counts its two sub-points
			.containsEntry("findings", 6)
			.containsEntry("rectificationItems", 5)
			.containsEntry("rectificationAccepted", 4)
			.containsEntry("resultsPublished", 3)
			// not public 20 working days after the visit: ag-1 (scheduled) and ag-2
			// (closed); ag-4, published late on 2024-07-31, is public now
			.containsEntry("publicationsOverdue", 2);
	}

	@Test
	void thePublicResultsOfTheRegionListThePublishedLines() {
		String json = body(http(null).get("/api/public/inspections/results?region=330102"), 200);
		List<String> tasks = read(json, "$[*].taskId");
		assertThat(tasks).contains(planId + ":ag-3", planId + ":ag-4", planId + ":ag-5")
			.doesNotContain(planId + ":ag-2");
	}

	@Test
	void thePublicationDeadlinesShowTheLatePublicationAsPublished() {
		String json = body(http(as(Role.CITY, CITY)).get("/api/inspections/plans/" + planId + "/publication-deadlines"),
				200);
		List<Map<String, Object>> deadlines = read(json, "$.deadlines[?(@.taskId == '" + planId + ":ag-4')]");
		LocalDate deadline = LocalDate.parse((String) deadlines.get(0).get("deadline"));
		assertThat(deadline).isBefore(LocalDate.of(2024, 7, 31));
		assertThat(deadlines.get(0)).containsEntry("published", true).containsEntry("overdue", false);
	}

	@Test
	void thePlanSummaryListsEveryConcludedInspection() throws IOException {
		var reply = http(as(Role.CITY, CITY)).get("/api/inspections/plans/" + planId + "/results.xlsx");
		assertThat(reply.status()).as(reply::toString).isEqualTo(200);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(reply.bytes()))) {
			XSSFSheet results = workbook.getSheetAt(0);
			List<String> agencies = new ArrayList<>();
			for (int row = 1; row <= results.getLastRowNum(); row++) {
				agencies.add(results.getRow(row).getCell(0).getStringCellValue());
			}
			assertThat(agencies).contains("示例ag-2司法鉴定所（虚构）", "示例ag-3司法鉴定所（虚构）", "示例ag-4司法鉴定所（虚构）", "示例ag-5司法鉴定所（虚构）");
			assertThat(agencies).doesNotContain("示例ag-1司法鉴定所（虚构）");
		}
	}

	@Test
	void badLinesAreRefusedWithTheirReasonAndNothingIsWrittenForThem() throws IOException {
		String city = "330200";
		String plan = plan(city);
		for (String agency : List.of("ag-6", "ag-7", "ag-8")) {
			task(plan, city, agency);
		}
		int exitsBefore = exits.size();
		HistoryRunner runner = runner(plan, city, "history-refused.jsonl");
		runner.run(null);
		assertThat(exits.subList(exitsBefore, exits.size())).containsExactly(1);
		HistoryRunner.Summary summary = runner.load();
		assertThat(summary.read()).isEqualTo(6);
		assertThat(summary.written()).isZero();
		assertThat(summary.refused()).hasSize(6);
		assertThat(summary.refused().get(0)).contains("no task " + plan + ":ag-9");
		assertThat(summary.refused().get(1)).contains("in-hz-9");
		assertThat(summary.refused().get(2)).contains("no sheet result");
		assertThat(summary.refused().get(3)).contains("ag-elsewhere");
		assertThat(summary.refused().get(4)).contains("working days", "SATURDAY");
		assertThat(summary.refused().get(5)).contains("line 6: not a history line");
		for (String agency : List.of("ag-6", "ag-7", "ag-8")) {
			InspectionTask task = this.tasks.find(plan + ":" + agency).orElseThrow();
			assertThat(task.status()).isEqualTo(TaskStatus.PLANNED);
			assertThat(this.audit.find(city, task.id(), 0, 10)).isEmpty();
		}
	}

	@Test
	void aLineWithAnUnknownStageOrWithoutFactSheetOrFindingsIsRefusedByTheLoadersOwnCheck() throws IOException {
		String city = "330200";
		String plan = plan(city);
		for (String agency : List.of("ag-2", "ag-5")) {
			task(plan, city, agency);
		}
		// the history's ag-2 (CLOSED) and ag-5 (PUBLISHED) lines, whose sheet results
		// exist, each broken once
		List<String> history = Files.readAllLines(resource("history.jsonl", plan, city));
		String closed = history.get(1);
		String published = history.get(4);
		Path lines = dir.resolve(plan + "-own-checks.jsonl");
		Files.writeString(lines,
				String.join("\n", published.replace("\"stage\": \"PUBLISHED\"", "\"stage\": \"FINISHED\""),
						closed.replace("\"factSheet\": \"SIGNED\"", "\"factSheet\": null"),
						published.replace("\"findings\": 1", "\"findings\": null")) + "\n");

		HistoryRunner.Summary summary = new HistoryRunner(lines, loader(plan, city), this.json, exits::add).load();

		assertThat(summary.written()).isZero();
		assertThat(summary.refused()).hasSize(3);
		assertThat(summary.refused().get(0)).contains("line 1",
				"stage FINISHED is none of SCHEDULED, CLOSED, PUBLISHED");
		assertThat(summary.refused().get(1)).contains("line 2", "no factSheet (SIGNED or REFUSED)");
		assertThat(summary.refused().get(2)).contains("line 3", "has no findings");
		for (String agency : List.of("ag-2", "ag-5")) {
			InspectionTask task = this.tasks.find(plan + ":" + agency).orElseThrow();
			assertThat(task.status()).isEqualTo(TaskStatus.PLANNED);
			assertThat(this.audit.find(city, task.id(), 0, 10)).isEmpty();
		}
	}

	@Test
	void aClosedOrPublishedLineHasItsDossierDrawnWithTheLinesSeedAndEveryDrawnFileReviewed() {
		Caller city = new Caller("bureau-" + CITY, null, Set.of(Role.CITY), RegionCode.of(CITY), null);
		for (String agency : List.of("ag-2", "ag-3", "ag-4", "ag-5")) {
			InspectionTask task = task(agency);
			Dossier dossier = this.dossiers.find(task.id()).orElseThrow();
			assertThat(dossier.registers()).extracting(Register::kind).containsExactly(RegisterKind.values());
			List<String> drawn = dossier.draw().result().caseNumbers();
			int window = dossier.draw().result().windowSize();
			assertThat(drawn).hasSize(Math.min(SampleInputs.MIN_SIZE, window)).doesNotHaveDuplicates();
			assertThat(window).isGreaterThanOrEqualTo(SampleInputs.MIN_SIZE);
			assertThat(dossier.draw().seedNote()).contains("history loader");
			assertThat(dossier.commitment().committedBy().userId()).isEqualTo("in-hz-1");
			assertThat(dossier.reviews()).extracting(FileReview::caseNumber).containsExactlyInAnyOrderElementsOf(drawn);
			// on the visit day, between the start of checking and the internal discussion
			Instant checking = task.onSite().steps().get(1).at();
			Instant discussed = task.onSite().steps().get(2).at();
			assertThat(dossier.draw().drawnAt()).isAfter(checking).isBefore(discussed);
			assertThat(dossier.reviews()).allSatisfy((review) -> {
				assertThat(review.checks()).extracting(ItemCheck::item).containsExactly(ReviewItem.values());
				assertThat(review.reviewedBy().userId()).isIn("in-hz-1", "in-hz-2");
				assertThat(review.reviewedAt()).isAfter(dossier.draw().drawnAt()).isBefore(discussed);
			});
			assertThat(this.dossierService.verify(city, Optional.empty(), task.id()).valid()).isTrue();
		}
	}

	@Test
	void aScheduledLineGetsNoDossier() {
		assertThat(this.dossiers.find(planId + ":ag-1")).isEmpty();
	}

	@Test
	void theDossierIsTheSameForTheSameLineAndItsRegistersPassTheUploadCheck() {
		InspectionTask task = task("ag-2");
		LocalDate windowStart = LocalDate.of(2023, 1, 1);
		HistoryDossier sample = HistoryDossier.of(task.id(), task.agencyName(), 1L, windowStart, task.schedule().day(),
				List.of());
		HistoryDossier again = HistoryDossier.of(task.id(), task.agencyName(), 1L, windowStart, task.schedule().day(),
				List.of());
		HistoryDossier otherSeed = HistoryDossier.of(task.id(), task.agencyName(), 2L, windowStart,
				task.schedule().day(), List.of());
		Dossier stored = this.dossiers.find(task.id()).orElseThrow();
		for (RegisterKind kind : RegisterKind.values()) {
			assertThat(again.file(kind)).isEqualTo(sample.file(kind));
			assertThat(otherSeed.file(kind)).isNotEqualTo(sample.file(kind));
			var rows = RegisterCheck.check(kind,
					this.registerReader.read(sample.fileName(kind), HistoryDossier.mediaType(), sample.file(kind)));
			Register register = stored.registers().get(kind.ordinal());
			assertThat(register.rows()).isEqualTo(rows);
			assertThat(rows).allSatisfy((row) -> {
				assertThat(row.caseNumber()).matches("示例\\[20\\d{2}\\][临病物文痕]鉴字第\\d{4}号");
				assertThat(row.date()).isBefore(task.schedule().day().plusDays(1));
			});
		}
		assertThat(again.seed()).isEqualTo(sample.seed()).isEqualTo(stored.draw().seed());
		// the same registers and seed draw the same files
		SampleInputs inputs = SampleInputs.of(task.id(), planId, "ag-2", windowStart, task.schedule().day(),
				SampleInputs.MIN_SIZE, List.of(), stored.registers());
		assertThat(inputs.commitment()).isEqualTo(stored.commitment().hash());
		assertThat(DossierDraw.draw(inputs, inputs.commitment(), sample.seed()).caseNumbers())
			.isEqualTo(stored.draw().result().caseNumbers());
		Set<String> defects = new HashSet<>();
		stored.findings().forEach((finding) -> defects.add(finding.caseNumber()));
		assertThat(stored.reviews())
			.allSatisfy((review) -> assertThat(review.checks()).isEqualTo(sample.review(review.caseNumber())));
		assertThat(defects.size()).isLessThan(stored.reviews().size());
	}

	@Test
	void aSecondRunLeavesEveryDossierAsItIs() throws IOException {
		List<Dossier> before = new ArrayList<>();
		for (String agency : List.of("ag-1", "ag-2", "ag-3", "ag-4", "ag-5")) {
			this.dossiers.find(planId + ":" + agency).ifPresent(before::add);
		}
		assertThat(runner(planId, CITY, "history.jsonl").load().written()).isZero();
		List<Dossier> after = new ArrayList<>();
		for (String agency : List.of("ag-1", "ag-2", "ag-3", "ag-4", "ag-5")) {
			this.dossiers.find(planId + ":" + agency).ifPresent(after::add);
		}
		assertThat(after).hasSize(4).isEqualTo(before);
	}

	@Test
	void aRunCutShortInTheDossierIsCompletedByTheNextAndAForeignDossierIsRefused() throws IOException {
		String city = "330300";
		String plan = plan(city);
		for (String agency : List.of("ag-1", "ag-2", "ag-3", "ag-4", "ag-5")) {
			task(plan, city, agency);
		}
		Path history = resource("history.jsonl", plan, city);
		Path sheets = resource("sheet-results.jsonl", plan, city);
		// the store gives out after three registers, the commitment and the draw of ag-2
		int[] saves = { 0 };
		DossierStore failing = new DossierStore() {

			@Override
			public Optional<Dossier> find(String taskId) {
				return HistoryLoaderTests.this.dossiers.find(taskId);
			}

			@Override
			public Dossier save(Dossier dossier) {
				if (++saves[0] > 5) {
					throw new IllegalStateException("the database went away");
				}
				return HistoryLoaderTests.this.dossiers.save(dossier);
			}

		};
		HistoryLoader cut = new HistoryLoader(this.plans, this.tasks, this.draws, this.taskService, this.conclusions,
				this.rectifications, this.published, new HttpSheetResults(SheetResultsFile.read(sheets, this.json)),
				failing, this.registerReader, this.events, this.clock);
		assertThat(new HistoryRunner(history, cut, this.json, exits::add).load().refused()).hasSize(4);
		String ag2 = plan + ":ag-2";
		Dossier stopped = this.dossiers.find(ag2).orElseThrow();
		assertThat(this.tasks.find(ag2).orElseThrow().status()).isEqualTo(TaskStatus.CHECKING);
		assertThat(stopped.draw()).isNotNull();
		assertThat(stopped.reviews()).isEmpty();

		HistoryRunner.Summary next = new HistoryRunner(history, loader(plan, city), this.json, exits::add).load();
		assertThat(next.refused()).isEmpty();
		Dossier done = this.dossiers.find(ag2).orElseThrow();
		assertThat(done.draw()).isEqualTo(stopped.draw());
		assertThat(done.reviews()).hasSize(done.draw().result().caseNumbers().size());
		assertThat(this.tasks.find(ag2).orElseThrow().status()).isEqualTo(TaskStatus.CLOSED);

		// a register under another name than the loader's is not the loader's to continue
		String ag3 = plan + ":ag-3";
		Dossier ours = this.dossiers.find(ag3).orElseThrow();
		Register first = ours.registers().get(0);
		Register theirs = new Register(first.kind(), "their-register.csv", first.rows(), first.importedBy(),
				first.importedAt());
		this.dossiers.save(ours.withRegister(theirs));
		HistoryRunner.Summary refused = new HistoryRunner(history, loader(plan, city), this.json, exits::add).load();
		assertThat(refused.refused()).hasSize(1);
		assertThat(refused.refused().get(0)).contains(ag3, "their-register.csv", "did not import");
		assertThat(this.dossiers.find(ag3).orElseThrow().registers()).contains(theirs);
	}

	@Test
	void withoutAHistoryFileThereIsNoLoader() {
		assertThat(this.context.getBeansOfType(HistoryRunner.class)).isEmpty();
		assertThat(this.context.getBeansOfType(HistoryConfiguration.class)).isEmpty();
	}

}
