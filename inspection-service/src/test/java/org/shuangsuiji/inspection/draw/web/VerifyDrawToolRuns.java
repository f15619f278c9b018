package org.shuangsuiji.inspection.draw.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import tools.jackson.databind.json.JsonMapper;

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
 * What the tests of {@code tools/VerifyDraw.java} share for both record formats: a pool
 * and rules that exercise every draw rule, a replacement of every kind, the public record
 * as JSON, and a run of the tool as a reader would start it.
 */
final class VerifyDrawToolRuns {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> COUNTIES = List.of("410702", "410703", "410711", "410721", "410725", "410783");

	private VerifyDrawToolRuns() {
	}

	/** 40 agencies across six counties, every fourth also in 文书. */
	static List<PoolAgency> agencies(IntFunction<String> name, IntFunction<String> creditCode) {
		List<PoolAgency> agencies = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			List<BusinessCategory> categories = (i % 4 == 0)
					? List.of(BusinessCategory.FORENSIC_CLINICAL, BusinessCategory.DOCUMENT)
					: List.of(BusinessCategory.FORENSIC_CLINICAL);
			agencies.add(new PoolAgency(String.format("a%02d", i), name.apply(i), creditCode.apply(i),
					RegionCode.of(COUNTIES.get(i % COUNTIES.size())), categories));
		}
		return agencies;
	}

	/**
	 * {@code agencies} with 30 inspectors (one without a certificate), four experts, a
	 * conflict of each kind and a prior inspection.
	 */
	static PoolSnapshot pool(List<PoolAgency> agencies) {
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
		return new PoolSnapshot(agencies, inspectors, experts, conflicts, prior);
	}

	/** Xinxiang's 25 % with every team rule and one weighted agency. */
	static DrawRules rules() {
		TeamRules rules = new TeamRules(2, true, true, true, 6);
		List<AgencyWeight> weights = List.of(new AgencyWeight("a05", 5, "2023年投诉"));
		return new DrawRules(PlanFixtures.XINXIANG, List.of(), new Sampling.Rate(25), rules, weights);
	}

	/**
	 * Replaces the first agency's first inspector and its expert, then the second agency,
	 * each with its seed ({@code null} where the format needs none).
	 */
	static DrawRecord withEveryKindOfReplacement(DrawRecord drawn, Actor by, Seed inspectorSeed, Seed expertSeed,
			Seed agencySeed) {
		DrawnAgency first = drawn.result().agencies().get(0);
		TeamMember inspector = first.team().get(0);
		TeamMember expert = first.team()
			.stream()
			.filter((m) -> m.kind() == PersonKind.EXPERT)
			.findFirst()
			.orElseThrow();
		DrawRecord record = drawn.replacePerson(first.agencyId(), inspector, "因病", inspectorSeed, by, Instant.EPOCH);
		record = record.replacePerson(first.agencyId(), expert, "回避: 近亲属", expertSeed, by, Instant.EPOCH);
		return record.replaceAgency(record.result().agencies().get(1).agencyId(), "许可证注销", agencySeed, by,
				Instant.EPOCH);
	}

	/**
	 * The public record of a draw of Xinxiang's published plan, as the service serves it.
	 */
	static String json(DrawRecord record) {
		Plan plan = PlanFixtures.publishedXinxiangPlan();
		return JSON.writeValueAsString(DrawView.of(plan, record));
	}

	/**
	 * Runs {@code java tools/VerifyDraw.java draw.json} on {@code json} written in
	 * {@code dir}.
	 */
	static Result verify(Path dir, String json) throws IOException, InterruptedException {
		Path file = dir.resolve("draw.json");
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
