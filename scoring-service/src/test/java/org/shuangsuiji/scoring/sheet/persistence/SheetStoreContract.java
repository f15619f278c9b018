package org.shuangsuiji.scoring.sheet.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.scoring.config.ScoringJson;
import org.shuangsuiji.scoring.dashboard.Dashboard;
import org.shuangsuiji.scoring.dashboard.DashboardQuery;
import org.shuangsuiji.scoring.dashboard.persistence.MongoDashboardStore;
import org.shuangsuiji.scoring.engine.Answers;
import org.shuangsuiji.scoring.engine.Evaluation;
import org.shuangsuiji.scoring.engine.Finding;
import org.shuangsuiji.scoring.engine.ItemAnswer;
import org.shuangsuiji.scoring.engine.RuleAnswer;
import org.shuangsuiji.scoring.engine.Scorer;
import org.shuangsuiji.scoring.sheet.AnsweredItem;
import org.shuangsuiji.scoring.sheet.HeaderValue;
import org.shuangsuiji.scoring.sheet.Sheet;
import org.shuangsuiji.scoring.sheet.SheetEvent;
import org.shuangsuiji.scoring.sheet.SheetMode;
import org.shuangsuiji.scoring.sheet.SheetStatus;
import org.shuangsuiji.scoring.sheet.SheetStore.Write;
import org.shuangsuiji.scoring.template.SeedTemplates;
import org.shuangsuiji.scoring.template.Template;
import org.shuangsuiji.platform.test.MongoStoreContract;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the sheet and dashboard stores promise, run against every MongoDB the project
 * knows: the in-JVM protocol server and, where Docker exists, the real one.
 */
abstract class SheetStoreContract extends MongoStoreContract {

	static final Instant NOW = Instant.parse("2025-06-20T09:00:00Z");

	private MongoSheetStore store() {
		MongoSheetStore store = new MongoSheetStore(mongo(), ScoringJson.storage());
		store.createIndexes();
		return store;
	}

	@Test
	void anItemAnswerNeedsTheVersionItReplaces() {
		MongoSheetStore store = store();
		String id = newSheet(store, "420704", SheetMode.OFFICIAL, "insp-" + UUID.randomUUID());
		assertThat(store.answer(id, "1", 0, answered(1, "1.1"), event("1"))).isEqualTo(Write.APPLIED);
		assertThat(store.answer(id, "1", 0, answered(1, "1.2"), event("1"))).isEqualTo(Write.STALE);
		assertThat(store.answer(id, "1", 1, answered(2, "1.2"), event("1"))).isEqualTo(Write.APPLIED);
		assertThat(store.answer(id, "2", 0, answered(1, "2.1"), event("2"))).isEqualTo(Write.APPLIED);
		Sheet sheet = store.find(id).orElseThrow();
		assertThat(sheet.version()).isEqualTo(3);
		assertThat(sheet.itemVersion("1")).isEqualTo(2);
		assertThat(sheet.answers().get("1").answer().rules().get(0).ruleId()).isEqualTo("1.2");
		assertThat(store.history(id)).extracting(SheetEvent::action)
			.containsExactly(SheetEvent.Action.CREATED, SheetEvent.Action.ANSWERED, SheetEvent.Action.ANSWERED,
					SheetEvent.Action.ANSWERED);
	}

	@Test
	void evidenceIdsStayWithTheirAnswerAndAnAnswerWithoutThemIsStoredAsBefore() {
		MongoSheetStore store = store();
		String id = newSheet(store, "420704", SheetMode.OFFICIAL, "insp-" + UUID.randomUUID());
		ItemAnswer withEvidence = new ItemAnswer(null, List.of(), List.of(RuleAnswer.once("1.1", "r")), null, null,
				false, List.of("ev-2", "ev-1"));
		store.answer(id, "1", 0, new AnsweredItem(withEvidence, 1, "u", "U", NOW), event("1"));
		store.answer(id, "2", 0, answered(1, "2.1"), event("2"));

		Sheet sheet = store.find(id).orElseThrow();
		assertThat(sheet.answers().get("1").answer().evidenceIds()).containsExactly("ev-2", "ev-1");
		assertThat(sheet.answers().get("2").answer().evidenceIds()).isEmpty();
		org.bson.Document answers = mongo().getCollection(SheetDocument.COLLECTION)
			.find(new org.bson.Document("_id", id))
			.first()
			.get("answers", org.bson.Document.class);
		assertThat(answers.get("2", org.bson.Document.class).get("answer", org.bson.Document.class))
			.as("the shape of every answer stored before answers carried evidence")
			.doesNotContainKey("evidenceIds");
		assertThat(answers.get("1", org.bson.Document.class)
			.get("answer", org.bson.Document.class)
			.getList("evidenceIds", String.class)).containsExactly("ev-2", "ev-1");
	}

	@Test
	void aSubmittedResultKeepsTheEvidenceOfItsAnswers() {
		MongoSheetStore store = store();
		String id = newSheet(store, "420704", SheetMode.OFFICIAL, "insp-" + UUID.randomUUID());
		Answers answers = fullMarks().with("1",
				new ItemAnswer(null, List.of(), List.of(), null, null, true, List.of("ev-gate")));
		Evaluation result = ezhou().evaluate(answers);
		assertThat(store.submit(id, 0, result, "hash", NOW, "u", event(null))).isEqualTo(Write.APPLIED);
		Evaluation stored = store.find(id).orElseThrow().result();
		assertThat(stored).isEqualTo(result);
		assertThat(stored.item("1").evidenceIds()).containsExactly("ev-gate");
		assertThat(stored.item("2").evidenceIds()).isEmpty();
	}

	@Test
	void decimalsComeBackExactly() {
		MongoSheetStore store = store();
		String id = newSheet(store, "420704", SheetMode.OFFICIAL, "insp-" + UUID.randomUUID());
		AnsweredItem archive = new AnsweredItem(ItemAnswer.score(new BigDecimal("88.50"), "档案"), 1, "u", "U", NOW);
		store.answer(id, "12", 0, archive, event("12"));
		assertThat(store.find(id).orElseThrow().answers().get("12").answer().score())
			.isEqualTo(new BigDecimal("88.50"));
	}

	@Test
	void aSubmittedSheetIsLockedWithItsResult() {
		MongoSheetStore store = store();
		String id = newSheet(store, "420704", SheetMode.OFFICIAL, "insp-" + UUID.randomUUID());
		Evaluation result = ezhou().evaluate(fullMarks());
		assertThat(store.submit(id, 1, result, "hash", NOW, "u", event(null))).isEqualTo(Write.STALE);
		assertThat(store.submit(id, 0, result, "hash", NOW, "u", event(null))).isEqualTo(Write.APPLIED);
		Sheet sheet = store.find(id).orElseThrow();
		assertThat(sheet.status()).isEqualTo(SheetStatus.SUBMITTED);
		assertThat(sheet.result()).isEqualTo(result);
		assertThat(store.answer(id, "1", 0, answered(1, "1.1"), event("1"))).isEqualTo(Write.LOCKED);
		assertThat(store.header(id, 0, Map.of("agencyName", new HeaderValue("x", null)), event(null)))
			.isEqualTo(Write.LOCKED);
		assertThat(store.answer("missing", "1", 0, answered(1, "1.1"), event("1"))).isEqualTo(Write.MISSING);
	}

	@Test
	void aFinishedSheetStoredInOneWriteIsTheSheetItsSubmissionLeaves() {
		MongoSheetStore store = store();
		Answers answers = fullMarks().with("2", ItemAnswer.rules(RuleAnswer.once("2.7", "x")));
		Evaluation result = ezhou().evaluate(answers);
		String stepwise = newSheet(store, "420704", SheetMode.OFFICIAL, "insp-" + UUID.randomUUID());
		long version = 0;
		Map<String, AnsweredItem> given = new java.util.LinkedHashMap<>();
		for (Map.Entry<String, ItemAnswer> answer : answers.items().entrySet()) {
			AnsweredItem answered = new AnsweredItem(answer.getValue(), 1, "u", "U", NOW);
			given.put(answer.getKey(), answered);
			assertThat(store.answer(stepwise, answer.getKey(), 0, answered, event(answer.getKey())))
				.isEqualTo(Write.APPLIED);
			version++;
		}
		assertThat(store.submit(stepwise, version, result, "hash", NOW, "u", event(null))).isEqualTo(Write.APPLIED);

		String whole = UUID.randomUUID().toString();
		Sheet finished = sheet(whole, "420704", SheetMode.OFFICIAL, "insp-" + whole).withAnswers(given)
			.submittedWith(result, "hash", NOW, "u");
		List<SheetEvent> history = List.of(event(null), event("12"), event("13"), event("2"), event(null));
		assertThat(store.insert(finished, history)).isTrue();
		assertThat(store.insert(finished, history)).isFalse();

		Sheet stored = store.find(whole).orElseThrow();
		Sheet reference = store.find(stepwise).orElseThrow();
		assertThat(stored.status()).isEqualTo(SheetStatus.SUBMITTED);
		assertThat(stored.version()).isEqualTo(reference.version());
		assertThat(stored.answers()).isEqualTo(reference.answers());
		assertThat(stored.result()).isEqualTo(reference.result());
		assertThat(stored.submittedAt()).isEqualTo(reference.submittedAt());
		assertThat(store.history(whole)).hasSize(5);
		String[] dashboardFields = { "status", "total", "totalValue", "outcomeCode", "outcomeLabel", "findings",
				"actions", "resultHash", "province", "city", "region", "year", "mode", "version" };
		org.bson.Document storedDocument = raw(whole);
		org.bson.Document referenceDocument = raw(stepwise);
		for (String field : dashboardFields) {
			assertThat(storedDocument.get(field)).as(field).isEqualTo(referenceDocument.get(field));
		}
	}

	private org.bson.Document raw(String sheetId) {
		return mongo().getCollection(SheetDocument.COLLECTION).find(new org.bson.Document("_id", sheetId)).first();
	}

	@Test
	void anInspectionHasOneOfficialSheet() {
		MongoSheetStore store = store();
		String inspection = "insp-" + UUID.randomUUID();
		newSheet(store, "420704", SheetMode.OFFICIAL, inspection);
		Sheet second = sheet(UUID.randomUUID().toString(), "420704", SheetMode.OFFICIAL, inspection);
		assertThat(store.insert(second, event(null))).isFalse();
	}

	@Test
	void theDashboardAggregatesSubmittedOfficialSheetsOfTheRegion() {
		MongoSheetStore store = store();
		int year = 2040 + (int) (Math.abs(UUID.randomUUID().getMostSignificantBits()) % 50);
		submit(store, "420704", year, fullMarks());
		submit(store, "420704", year, fullMarks().with("2", ItemAnswer.rules(RuleAnswer.once("2.7", "x"))));
		submit(store, "420703", year, fullMarks().with("2", ItemAnswer.rules(RuleAnswer.once("2.7", "x")))
			.with("4", ItemAnswer.rules(RuleAnswer.times("4.1.b", 1, "x"))));
		newSheet(store, "420703", SheetMode.OFFICIAL, "insp-" + UUID.randomUUID());

		Dashboard dashboard = new MongoDashboardStore(mongo())
			.aggregate(new DashboardQuery(RegionCode.of("420000"), year, null));
		assertThat(dashboard.sheets()).isEqualTo(3);
		assertThat(dashboard.outcomes()).extracting(Dashboard.OutcomeCount::code, Dashboard.OutcomeCount::sheets)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("EXCELLENT", 2L),
					org.assertj.core.groups.Tuple.tuple("PASS", 1L));
		assertThat(dashboard.totals().mean()).isEqualByComparingTo("93.17");
		assertThat(dashboard.totals().min()).isEqualByComparingTo("89.5");
		assertThat(dashboard.distribution().get(8).sheets()).isEqualTo(1);
		assertThat(dashboard.distribution().get(9).sheets()).isEqualTo(2);
		assertThat(dashboard.findings().get(0).itemId()).isEqualTo("2");
		assertThat(dashboard.findings().get(0).sheets()).isEqualTo(2);
		assertThat(dashboard.subRegions()).extracting(Dashboard.SubRegion::region).containsExactly("420700");

		Dashboard city = new MongoDashboardStore(mongo())
			.aggregate(new DashboardQuery(RegionCode.of("420700"), year, null));
		assertThat(city.subRegions()).extracting(Dashboard.SubRegion::region, Dashboard.SubRegion::sheets)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("420703", 1L),
					org.assertj.core.groups.Tuple.tuple("420704", 2L));
	}

	private void submit(MongoSheetStore store, String region, int year, Answers answers) {
		String id = UUID.randomUUID().toString();
		Sheet sheet = new Sheet(id, "ezhou-2025-scoring", 1, ezhou().template().kind(), "insp-" + id, "agency-" + id,
				"测试", RegionCode.of(region), year, SheetMode.OFFICIAL, null, null, SheetStatus.DRAFT, Map.of(), 0,
				Map.of(), 0, NOW, "u", null, null, null, null);
		assertThat(store.insert(sheet, event(null))).isTrue();
		assertThat(store.submit(id, 0, ezhou().evaluate(answers), "hash", NOW, "u", event(null)))
			.isEqualTo(Write.APPLIED);
	}

	private static Scorer ezhou() {
		return Scorer.of(SeedTemplates.ezhou());
	}

	private static Answers fullMarks() {
		return new Answers(Map.of("12", ItemAnswer.score(new BigDecimal("100"), null), "13",
				ItemAnswer.score(new BigDecimal("5"), null)));
	}

	private String newSheet(MongoSheetStore store, String region, SheetMode mode, String inspection) {
		String id = UUID.randomUUID().toString();
		assertThat(store.insert(sheet(id, region, mode, inspection), event(null))).isTrue();
		return id;
	}

	private static Sheet sheet(String id, String region, SheetMode mode, String inspection) {
		Template template = SeedTemplates.ezhou();
		return new Sheet(id, template.templateId(), 1, template.kind(), inspection, "agency-" + id, "测试",
				RegionCode.of(region), 2025, mode, null, null, SheetStatus.DRAFT, Map.of(), 0, Map.of(), 0, NOW, "u",
				null, null, null, null);
	}

	private static AnsweredItem answered(long version, String ruleId) {
		return new AnsweredItem(new ItemAnswer(null, List.of(), List.of(RuleAnswer.once(ruleId, "r")), null, null),
				version, "u", "U", NOW);
	}

	private static SheetEvent event(String itemId) {
		return new SheetEvent(NOW, "u", "U", (itemId != null) ? SheetEvent.Action.ANSWERED : SheetEvent.Action.CREATED,
				itemId, null, (itemId != null) ? ItemAnswer.finding(Finding.A, List.of(), null) : null, null, null);
	}

}
