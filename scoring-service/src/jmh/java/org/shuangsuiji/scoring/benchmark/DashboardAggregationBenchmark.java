package org.shuangsuiji.scoring.benchmark;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.scoring.dashboard.Dashboard;
import org.shuangsuiji.scoring.dashboard.DashboardQuery;
import org.shuangsuiji.scoring.config.ScoringJson;
import org.shuangsuiji.scoring.dashboard.persistence.MongoDashboardStore;
import org.shuangsuiji.scoring.engine.Answers;
import org.shuangsuiji.scoring.engine.Evaluation;
import org.shuangsuiji.scoring.engine.ItemAnswer;
import org.shuangsuiji.scoring.engine.RuleAnswer;
import org.shuangsuiji.scoring.engine.Scorer;
import org.shuangsuiji.scoring.sheet.Sheet;
import org.shuangsuiji.scoring.sheet.SheetEvent;
import org.shuangsuiji.scoring.sheet.SheetMode;
import org.shuangsuiji.scoring.sheet.SheetStatus;
import org.shuangsuiji.scoring.sheet.persistence.MongoSheetStore;
import org.shuangsuiji.scoring.template.Template;
import org.shuangsuiji.scoring.template.TemplateKind;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The province dashboard over 20,000 submitted sheets of one province (河南, 410000), spread
 * over the cities and counties of 新乡 and three other cities, against the in-memory
 * MongoDB-protocol server the tests and the local run use. Latency of one aggregation. The
 * sheets are stored as submitted (result and summary fields), as the store writes them on
 * submission.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DashboardAggregationBenchmark {

	static final List<String> REGIONS = List.of("410702", "410703", "410711", "410721", "410725", "410726", "410727",
			"410781", "410783", "410102", "410105", "410302", "410522");

	@Param("20000")
	public int sheets;

	private MongoServer server;

	private MongoClient client;

	private MongoDashboardStore dashboards;

	@Setup(Level.Trial)
	public void load() {
		this.server = new MongoServer(new MemoryBackend());
		String uri = "mongodb://" + this.server.bind().getHostString() + ":" + this.server.getLocalAddress().getPort();
		this.client = MongoClients.create(uri);
		MongoTemplate mongo = new MongoTemplate(this.client, "scoring-benchmark");
		MongoSheetStore store = new MongoSheetStore(mongo, ScoringJson.storage());
		store.createIndexes();
		this.dashboards = new MongoDashboardStore(mongo);

		Template ezhouShaped = BenchmarkSheets.ezhou();
		Scorer points = Scorer.of(ezhouShaped);
		Scorer checklist = Scorer.of(BenchmarkSheets.xinxiang());
		Random random = new Random(2024);
		Instant now = Instant.parse("2024-06-30T08:00:00Z");
		for (int i = 0; i < this.sheets; i++) {
			boolean isChecklist = i % 2 == 0;
			Scorer scorer = isChecklist ? checklist : points;
			Answers answers = isChecklist ? BenchmarkSheets.answeredXinxiang(i) : randomPoints(random);
			Evaluation result = scorer.evaluate(answers);
			String id = "bench-" + i;
			Sheet sheet = new Sheet(id, scorer.template().templateId(), 1,
					isChecklist ? TemplateKind.CHECKLIST : TemplateKind.DEDUCTION, "inspection-" + i, "agency-" + i,
					"机构" + i, RegionCode.of(REGIONS.get(i % REGIONS.size())), 2024, SheetMode.OFFICIAL, null, null,
					SheetStatus.SUBMITTED, Map.of(), 0, Map.of(), 1, now, "bench", now, "bench", result, null);
			store.insert(sheet,
					new SheetEvent(now, "bench", "bench", SheetEvent.Action.SUBMITTED, null, null, null, null, null));
		}
		Dashboard check = this.dashboards.aggregate(new DashboardQuery(RegionCode.of("410000"), 2024, null));
		if (check.sheets() != this.sheets) {
			throw new IllegalStateException("expected " + this.sheets + " sheets, the dashboard counts " + check.sheets());
		}
	}

	@TearDown(Level.Trial)
	public void stop() {
		this.client.close();
		this.server.shutdownNow();
	}

	/** The province dashboard: every sheet matches, per-city breakdown. */
	@Benchmark
	public Dashboard provinceDashboard() {
		return this.dashboards.aggregate(new DashboardQuery(RegionCode.of("410000"), 2024, null));
	}

	private static Answers randomPoints(Random random) {
		Answers answers = new Answers(Map.of("12", ItemAnswer.score(BigDecimal.valueOf(120 + random.nextInt(81)).divide(BigDecimal.valueOf(2)), null),
				"13", ItemAnswer.score(BigDecimal.valueOf(random.nextInt(11)).divide(BigDecimal.valueOf(2)), null)));
		String[] fixed = { "1.1", "2.1", "2.6", "5.3", "6.1", "7.4", "11.1" };
		String[] items = { "1", "2", "2", "5", "6", "7", "11" };
		for (int i = 0; i < fixed.length; i++) {
			if (random.nextInt(4) == 0) {
				answers = answers.with(items[i], ItemAnswer.rules(RuleAnswer.once(fixed[i], "found")));
			}
		}
		if (random.nextBoolean()) {
			answers = answers.with("4", ItemAnswer.rules(RuleAnswer.times("4.1.b", random.nextInt(6), "complaints")));
		}
		return answers;
	}

}
