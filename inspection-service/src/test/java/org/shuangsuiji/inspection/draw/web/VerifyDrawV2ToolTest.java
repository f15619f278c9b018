package org.shuangsuiji.inspection.draw.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.shuangsuiji.inspection.draw.DrawInputs;
import org.shuangsuiji.inspection.draw.DrawRecord;
import org.shuangsuiji.inspection.draw.DrawSecret;
import org.shuangsuiji.inspection.draw.PoolSnapshot;
import org.shuangsuiji.inspection.draw.Pseudonyms;
import org.shuangsuiji.inspection.draw.Seed;
import org.shuangsuiji.inspection.draw.SeedSource;
import org.shuangsuiji.inspection.draw.web.VerifyDrawToolRuns.Result;
import org.shuangsuiji.inspection.plan.Actor;
import org.shuangsuiji.inspection.plan.PlanFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuangsuiji.inspection.draw.web.VerifyDrawToolRuns.JSON;
import static org.shuangsuiji.inspection.draw.web.VerifyDrawToolRuns.agencies;
import static org.shuangsuiji.inspection.draw.web.VerifyDrawToolRuns.json;
import static org.shuangsuiji.inspection.draw.web.VerifyDrawToolRuns.pool;
import static org.shuangsuiji.inspection.draw.web.VerifyDrawToolRuns.rules;
import static org.shuangsuiji.inspection.draw.web.VerifyDrawToolRuns.withEveryKindOfReplacement;

/**
 * Runs {@code tools/VerifyDraw.java} on {@code shuangsuiji-draw/2} public records (ADR
 * 0405): a draw that uses every rule with both kinds of replacement verifies, and each
 * kind of tampering is caught at its own step. Also writes the record the browser
 * verifier's tests use ({@code target/verifier-fixtures/v2-draw.json}, copied to
 * {@code frontend/src/features/verifier/__fixtures__/}).
 */
class VerifyDrawV2ToolTest {

	private static final Actor CITY = new Actor("u-city-operator", "操作员张三");

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
		DrawRecord drawn = DrawRecord.commit(inputs(), SECRET, CITY, Instant.EPOCH)
			.draw(new Seed("福彩3D 2024150期 739", SeedSource.OPERATOR, "中国福利彩票 3D 第2024150期"), CITY, Instant.EPOCH);
		return withEveryKindOfReplacement(drawn, CITY, null, null, null);
	}

	static DrawInputs inputs() {
		PoolSnapshot pool = pool(agencies((i) -> "演示机构" + i + "所", (i) -> "91410700MA" + i));
		return DrawInputs.v2(PlanFixtures.publishedXinxiangPlan().id(), 2024, PlanFixtures.XINXIANG, rules(), pool,
				SECRET.hash(), Pseudonyms.derive(SALT, pool));
	}

	private Result verify(String json) throws IOException, InterruptedException {
		return VerifyDrawToolRuns.verify(this.dir, json);
	}

}
