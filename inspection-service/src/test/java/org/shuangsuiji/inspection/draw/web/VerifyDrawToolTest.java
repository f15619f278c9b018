package org.shuangsuiji.inspection.draw.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.shuangsuiji.inspection.draw.DrawInputs;
import org.shuangsuiji.inspection.draw.DrawRecord;
import org.shuangsuiji.inspection.draw.DrawRules;
import org.shuangsuiji.inspection.draw.DrawnAgency;
import org.shuangsuiji.inspection.draw.PersonAgency;
import org.shuangsuiji.inspection.draw.PersonKind;
import org.shuangsuiji.inspection.draw.PoolAgency;
import org.shuangsuiji.inspection.draw.PoolExpert;
import org.shuangsuiji.inspection.draw.PoolInspector;
import org.shuangsuiji.inspection.draw.PoolSnapshot;
import org.shuangsuiji.inspection.draw.Seed;
import org.shuangsuiji.inspection.draw.SeedSource;
import org.shuangsuiji.inspection.draw.TeamMember;
import org.shuangsuiji.inspection.plan.Actor;
import org.shuangsuiji.inspection.plan.AgencyWeight;
import org.shuangsuiji.inspection.plan.Plan;
import org.shuangsuiji.inspection.plan.PlanFixtures;
import org.shuangsuiji.inspection.plan.Sampling;
import org.shuangsuiji.inspection.plan.TeamRules;
import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.platform.region.RegionCode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs {@code tools/VerifyDraw.java} as a reader would
 * ({@code java VerifyDraw.java draw.json}) on the public draw record of draws that use
 * every rule, and on forged ones.
 */
class VerifyDrawToolTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Actor CITY = new Actor("u-city", "新乡市司法局");

	private static final List<String> COUNTIES = List.of("410702", "410703", "410711", "410721", "410725", "410783");

	@TempDir
	Path dir;

	@Test
	void reRunsADrawWithEveryRuleAndEveryKindOfReplacement() throws Exception {
		DrawRecord record = richDraw();
		Result result = verify(json(record));
		assertThat(result.exit()).as(result.output()).isZero();
		assertThat(result.output()).contains("OK       commitment " + record.commitment(), "replacement 1",
				"replacement 2", "replacement 3", "VERIFIED");
	}

	@Test
	void aCommittedButUndrawnRecordChecksTheCommitment() throws Exception {
		DrawRecord committed = DrawRecord.commit(inputs(), CITY, Instant.EPOCH);
		Result result = verify(json(committed));
		assertThat(result.exit()).as(result.output()).isZero();
		assertThat(result.output()).contains("COMMITTED, NOT YET DRAWN");
	}

	@Test
	void aChangedSeedIsCaught() throws Exception {
		DrawRecord record = richDraw();
		String forged = json(record).replace("\"value\":\"(2024)豫新证字第0603号\"", "\"value\":\"(2024)豫新证字第0604号\"");
		Result result = verify(forged);
		assertThat(result.exit()).isEqualTo(1);
		assertThat(result.output()).contains("MISMATCH draw", "FAILED");
	}

	@Test
	void aChangedPoolIsCaughtByTheCommitment() throws Exception {
		String forged = json(richDraw()).replace("检查员i05", "检查员i05改");
		Result result = verify(forged);
		assertThat(result.exit()).isEqualTo(1);
		assertThat(result.output()).contains("MISMATCH commitment");
	}

	private DrawRecord richDraw() {
		DrawRecord record = DrawRecord.commit(inputs(), CITY, Instant.EPOCH)
			.draw(new Seed("(2024)豫新证字第0603号", SeedSource.OPERATOR, "公证"), CITY, Instant.EPOCH);
		DrawnAgency first = record.result().agencies().get(0);
		TeamMember inspector = first.team().get(0);
		TeamMember expert = first.team()
			.stream()
			.filter((m) -> m.kind() == PersonKind.EXPERT)
			.findFirst()
			.orElseThrow();
		record = record.replacePerson(first.agencyId(), inspector, "因病", seed("r1"), CITY, Instant.EPOCH);
		record = record.replacePerson(first.agencyId(), expert, "回避: 近亲属", seed("r2"), CITY, Instant.EPOCH);
		return record.replaceAgency(record.result().agencies().get(1).agencyId(), "许可证注销", seed("r3"), CITY,
				Instant.EPOCH);
	}

	private static Seed seed(String value) {
		return new Seed(value, SeedSource.OPERATOR, null);
	}

	private static DrawInputs inputs() {
		List<PoolAgency> agencies = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			List<BusinessCategory> categories = (i % 4 == 0)
					? List.of(BusinessCategory.FORENSIC_CLINICAL, BusinessCategory.DOCUMENT)
					: List.of(BusinessCategory.FORENSIC_CLINICAL);
			agencies.add(new PoolAgency(String.format("a%02d", i), "机构\"" + i + "\"\t所", "",
					RegionCode.of(COUNTIES.get(i % COUNTIES.size())), categories));
		}
		List<PoolInspector> inspectors = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			inspectors.add(new PoolInspector(String.format("i%02d", i), "检查员i" + String.format("%02d", i),
					(i == 7) ? "" : "豫执" + i,
					RegionCode.of((i % 3 == 0) ? "410700" : COUNTIES.get(i % COUNTIES.size()))));
		}
		List<PoolExpert> experts = List.of(
				new PoolExpert("e1", "专家1", RegionCode.of("410700"), List.of(BusinessCategory.FORENSIC_CLINICAL)),
				new PoolExpert("e2", "专家2", RegionCode.of("410700"), List.of(BusinessCategory.FORENSIC_CLINICAL)),
				new PoolExpert("e3", "专家3", RegionCode.of("410700"),
						List.of(BusinessCategory.DOCUMENT, BusinessCategory.FORENSIC_CLINICAL)),
				new PoolExpert("e4", "专家4", RegionCode.of("410700"), List.of(BusinessCategory.DOCUMENT)));
		List<PersonAgency> conflicts = List.of(new PersonAgency(PersonKind.INSPECTOR, "i01", "a01"),
				new PersonAgency(PersonKind.EXPERT, "e1", "a02"));
		List<PersonAgency> prior = List.of(new PersonAgency(PersonKind.INSPECTOR, "i02", "a03"));
		TeamRules rules = new TeamRules(2, true, true, true, 6);
		List<AgencyWeight> weights = List.of(new AgencyWeight("a05", 5, "2023年投诉"));
		return new DrawInputs(PlanFixtures.publishedXinxiangPlan().id(), 2024, PlanFixtures.XINXIANG,
				new DrawRules(PlanFixtures.XINXIANG, List.of(), new Sampling.Rate(25), rules, weights),
				new PoolSnapshot(agencies, inspectors, experts, conflicts, prior));
	}

	private String json(DrawRecord record) {
		Plan plan = PlanFixtures.publishedXinxiangPlan();
		return JSON.writeValueAsString(DrawView.of(plan, record));
	}

	private Result verify(String json) throws IOException, InterruptedException {
		Path file = this.dir.resolve("draw.json");
		Files.writeString(file, json, StandardCharsets.UTF_8);
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "tools/VerifyDraw.java", file.toString()).redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		return new Result(process.exitValue(), output);
	}

	record Result(int exit, String output) {
	}

}
