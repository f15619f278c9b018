package org.shuangsuiji.inspection.draw.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.shuangsuiji.inspection.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documented procedure end to end: fetch the public draw record, run the verifier on
 * it.
 */
class PublicDrawVerificationTests extends ApiTestSupport {

	@TempDir
	Path dir;

	@Test
	void thePublicRecordAloneReRunsTheDrawAndItsReplacements() throws Exception {
		Map<String, Object> rules = Map.of("inspectorsPerTeam", 2, "expertRequired", true, "excludeSameCounty", true,
				"excludeInspectedLastYear", true, "maxInspectionsPerPerson", 8);
		String id = publishedPlan(Map.of("mode", "RATE", "value", 50), rules);
		body(http(city()).post("/api/inspections/plans/" + id + "/draw/commitment"), 201);
		String drawn = body(http(city()).post("/api/inspections/plans/" + id + "/draw",
				Map.of("seed", "福彩3D 2024150期 开奖号码 7 3 9", "seedNote", "中国福利彩票 3D 第2024150期")), 201);
		String agencyId = read(drawn, "$.result.agencies[0].agencyId");
		String personId = read(drawn, "$.result.agencies[0].team[1].personId");
		body(http(city()).post("/api/inspections/plans/" + id + "/draw/replacements", Map.of("type", "PERSON",
				"agencyId", agencyId, "personKind", "INSPECTOR", "personId", personId, "reason", "因病")), 201);
		body(http(city()).post("/api/inspections/plans/" + id + "/draw/replacements",
				Map.of("type", "AGENCY", "agencyId", agencyId, "reason", "许可证注销")), 201);

		Path file = this.dir.resolve("draw.json");
		Files.writeString(file, body(http(null).get("/api/public/inspections/plans/" + id + "/draw"), 200));
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "tools/VerifyDraw.java", file.toString()).redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		assertThat(output).contains("replacement 2", "VERIFIED");
	}

}
