package org.shuangsuiji.inspection.draw.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.shuangsuiji.inspection.draw.DrawInputs;
import org.shuangsuiji.inspection.draw.DrawRecord;
import org.shuangsuiji.inspection.draw.DrawRules;
import org.shuangsuiji.inspection.draw.DrawSecret;
import org.shuangsuiji.inspection.draw.DrawnAgency;
import org.shuangsuiji.inspection.draw.PersonAgency;
import org.shuangsuiji.inspection.draw.PersonKind;
import org.shuangsuiji.inspection.draw.PoolAgency;
import org.shuangsuiji.inspection.draw.PoolExpert;
import org.shuangsuiji.inspection.draw.PoolInspector;
import org.shuangsuiji.inspection.draw.PoolSnapshot;
import org.shuangsuiji.inspection.draw.Pseudonyms;
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
 * Runs {@code tools/VerifyDraw.java} on {@code shuangsuiji-draw/2} public records (ADR
 * 0405): a draw that uses every rule with both kinds of replacement verifies, and each
 * kind of tampering is caught at its own step. Also writes the record the browser
 * verifier's tests use ({@code target/verifier-fixtures/v2-draw.json}, copied to
 * {@code frontend/src/features/verifier/__fixtures__/}).
 */
class VerifyDrawV2ToolTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Actor CITY = new Actor("u-city-operator", "操作员张三");

	private static final List<String> COUNTIES = List.of("410702", "410703", "410711", "410721", "410725", "410783");

	/** Fixed here so the fixture is stable; the service draws both with SecureRandom. */
	private static final DrawSecret SECRET = new DrawSecret(
			"8f1e2d3c4b5a69788796a5b4c3d2e1f00112233445566778899aabbccddeeff0");

	private static final byte[] SALT = "fixture privacy salt, 32 bytes!!".getBytes(StandardCharsets.UTF_8);

	@TempDir
	Path dir;

	@Test
	void reRunsAV2DrawWithEveryRuleAndEveryKindOfReplacement() throws Exception {
		DrawRecord record = richDraw();
		String json = json(record);
		Result result = verify(json);
		assertThat(result.exit()).as(result.output()).isZero();
		assertThat(result.output()).contains("OK       commitment " + record.commitment(), "OK       secret",
				"replacement 1 (PERSON", "draw key", "replacement 3 (AGENCY", "VERIFIED");
		assertThat(record.verify().valid()).isTrue();
		Path fixtures = Path.of("target", "verifier-fixtures");
		Files.createDirectories(fixtures);
		Files.writeString(fixtures.resolve("v2-draw.json"), json, StandardCharsets.UTF_8);
	}

	@Test
	void aCommittedV2RecordShowsNoSecretAndChecksTheCommitment() throws Exception {
		DrawRecord committed = DrawRecord.commit(inputs(), SECRET, CITY, Instant.EPOCH);
		String json = json(committed);
		assertThat(json).doesNotContain(SECRET.hex()).contains(SECRET.hash());
		Result result = verify(json);
		assertThat(result.exit()).as(result.output()).isZero();
		assertThat(result.output()).contains("COMMITTED, NOT YET DRAWN");
	}

	@Test
	void aSecretThatIsNotTheCommittedOneIsCaught() throws Exception {
		String json = json(richDraw());
		String forged = json.replace(SECRET.hex(), "0".repeat(64));
		Result result = verify(forged);
		assertThat(result.exit()).isEqualTo(1);
		assertThat(result.output()).contains("OK       commitment", "MISMATCH secret", "FAILED");
	}

	@Test
	void aChangedSeedIsCaughtAtTheDraw() throws Exception {
		String forged = json(richDraw()).replace("\"value\":\"福彩3D 2024150期 739\"", "\"value\":\"福彩3D 2024150期 740\"");
		Result result = verify(forged);
		assertThat(result.exit()).isEqualTo(1);
		assertThat(result.output()).contains("OK       commitment", "OK       secret", "MISMATCH draw", "FAILED");
	}

	@Test
	@SuppressWarnings("unchecked")
	void aChangedReplacementIsCaughtAtThatReplacement() throws Exception {
		Map<String, Object> record = JSON.readValue(json(richDraw()), Map.class);
		List<Map<String, Object>> events = (List<Map<String, Object>>) record.get("replacements");
		Map<String, Object> substitute = ((List<Map<String, Object>>) events.get(0).get("substitutes")).get(0);
		List<Map<String, Object>> inspectors = (List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>) record
			.get("inputs")).get("pool")).get("inspectors");
		String other = inspectors.stream()
			.map((p) -> (String) p.get("ref"))
			.filter((ref) -> !ref.equals(substitute.get("ref")))
			.findFirst()
			.orElseThrow();
		substitute.put("ref", other);
		Result result = verify(JSON.writeValueAsString(record));
		assertThat(result.exit()).isEqualTo(1);
		assertThat(result.output()).contains("OK       draw", "MISMATCH replacement 1", "OK       replacement 2",
				"FAILED");
	}

	@Test
	@SuppressWarnings("unchecked")
	void aChangedRefOrderIsCaughtByTheCommitment() throws Exception {
		Map<String, Object> record = JSON.readValue(json(richDraw()), Map.class);
		List<Object> inspectors = (List<Object>) ((Map<String, Object>) ((Map<String, Object>) record.get("inputs"))
			.get("pool")).get("inspectors");
		Object first = inspectors.remove(0);
		inspectors.add(1, first);
		Result result = verify(JSON.writeValueAsString(record));
		assertThat(result.exit()).isEqualTo(1);
		assertThat(result.output()).contains("MISMATCH commitment", "FAILED");
	}

	@Test
	void aChangedPoolEntryIsCaughtByTheCommitment() throws Exception {
		String json = json(richDraw());
		String forged = json.replaceFirst("\"certified\":true", "\"certified\":false");
		assertThat(forged).isNotEqualTo(json);
		Result result = verify(forged);
		assertThat(result.exit()).isEqualTo(1);
		assertThat(result.output()).contains("MISMATCH commitment", "FAILED");
	}

	@Test
	void thePublicRecordNamesNoPersonNorReasonNorOperator() throws Exception {
		String json = json(richDraw());
		assertThat(json).doesNotContain("检查员", "专家", "豫执", "因病", "回避", "2023年投诉", "操作员张三", "u-city-operator", "\"i0",
				"\"e1\"", "lawEnforcementCertNo");
		assertThat(json).contains("\"algorithm\":\"shuangsuiji-draw/2\"", "\"secret\":\"" + SECRET.hex() + "\"",
				"\"committedBy\":\"410700\"");
	}

	private DrawRecord richDraw() {
		DrawRecord record = DrawRecord.commit(inputs(), SECRET, CITY, Instant.EPOCH)
			.draw(new Seed("福彩3D 2024150期 739", SeedSource.OPERATOR, "中国福利彩票 3D 第2024150期"), CITY, Instant.EPOCH);
		DrawnAgency first = record.result().agencies().get(0);
		TeamMember inspector = first.team().get(0);
		TeamMember expert = first.team()
			.stream()
			.filter((m) -> m.kind() == PersonKind.EXPERT)
			.findFirst()
			.orElseThrow();
		record = record.replacePerson(first.agencyId(), inspector, "因病", null, CITY, Instant.EPOCH);
		record = record.replacePerson(first.agencyId(), expert, "回避: 近亲属", null, CITY, Instant.EPOCH);
		return record.replaceAgency(record.result().agencies().get(1).agencyId(), "许可证注销", null, CITY, Instant.EPOCH);
	}

	static DrawInputs inputs() {
		List<PoolAgency> agencies = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			List<BusinessCategory> categories = (i % 4 == 0)
					? List.of(BusinessCategory.FORENSIC_CLINICAL, BusinessCategory.DOCUMENT)
					: List.of(BusinessCategory.FORENSIC_CLINICAL);
			agencies.add(new PoolAgency(String.format("a%02d", i), "演示机构" + i + "所", "91410700MA" + i,
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
		PoolSnapshot pool = new PoolSnapshot(agencies, inspectors, experts, conflicts, prior);
		return DrawInputs.v2(PlanFixtures.publishedXinxiangPlan().id(), 2024, PlanFixtures.XINXIANG,
				new DrawRules(PlanFixtures.XINXIANG, List.of(), new Sampling.Rate(25), rules, weights), pool,
				SECRET.hash(), Pseudonyms.derive(SALT, pool));
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
