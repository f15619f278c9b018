package org.shuangsuiji.inspection.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import org.shuangsuiji.inspection.plan.AgencyWeight;
import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.inspection.plan.Sampling;
import org.shuangsuiji.inspection.plan.TeamRules;
import org.shuangsuiji.inspection.support.BenchmarkHarness;
import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.platform.region.RegionCode;

/**
 * A draw over 3,000 agencies, 1,000 inspectors and 200 experts with 200 declared
 * conflicts and 600 visits last year, 20 % rate, every team rule on (experts, same
 * county, last year, at most 5 teams each). Not part of the test run; see the README for
 * the command and figures. {@code commitAndDraw} includes what a real draw does first:
 * the canonical serialisation and SHA-256 of the inputs.
 */
public class DrawBenchmark extends BenchmarkHarness {

	private static final List<String> COUNTIES = List.of("410702", "410703", "410704", "410711", "410721", "410724",
			"410725", "410726", "410727", "410781", "410782", "410783");

	private static final List<BusinessCategory> CATEGORIES = List.of(BusinessCategory.FORENSIC_CLINICAL,
			BusinessCategory.FORENSIC_PATHOLOGY, BusinessCategory.DOCUMENT, BusinessCategory.TRACE);

	private DrawInputs inputs;

	private DrawEngine engine;

	private int seed;

	@Setup
	public void setUp() {
		this.inputs = inputs();
		this.engine = new DrawEngine(this.inputs);
	}

	@Benchmark
	public DrawResult drawOnly() {
		return this.engine.draw("bench-" + this.seed++);
	}

	@Benchmark
	public DrawResult commitAndDraw() {
		return new DrawEngine(this.inputs).draw("bench-" + this.seed++);
	}

	static DrawInputs inputs() {
		Random random = new Random(2024);
		List<PoolAgency> agencies = new ArrayList<>();
		for (int i = 0; i < 3000; i++) {
			List<BusinessCategory> categories = (i % 3 == 0)
					? List.of(CATEGORIES.get(i % 4), CATEGORIES.get((i + 1) % 4)) : List.of(CATEGORIES.get(i % 4));
			agencies.add(new PoolAgency(String.format("a%04d", i), "机构" + i, "", RegionCode.of(COUNTIES.get(i % 12)),
					categories));
		}
		List<PoolInspector> inspectors = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			String region = (i % 4 == 0) ? "410700" : COUNTIES.get(random.nextInt(12));
			inspectors.add(new PoolInspector(String.format("i%04d", i), "检查员" + i, "豫执" + i, RegionCode.of(region)));
		}
		List<PoolExpert> experts = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			experts.add(new PoolExpert(String.format("e%03d", i), "专家" + i, RegionCode.of("410700"),
					List.of(CATEGORIES.get(i % 4), CATEGORIES.get((i + 2) % 4))));
		}
		List<PersonAgency> conflicts = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			conflicts.add(new PersonAgency(PersonKind.INSPECTOR, String.format("i%04d", random.nextInt(1000)),
					String.format("a%04d", random.nextInt(3000))));
		}
		List<PersonAgency> prior = new ArrayList<>();
		for (int i = 0; i < 600; i++) {
			prior.add(new PersonAgency(PersonKind.INSPECTOR, String.format("i%04d", random.nextInt(1000)),
					String.format("a%04d", random.nextInt(3000))));
		}
		List<AgencyWeight> weights = List.of(new AgencyWeight("a0007", 3, "投诉"), new AgencyWeight("a0042", 5, "整改未完成"));
		return new DrawInputs(new PlanId("bench"), 2024, RegionCode.of("410700"),
				new DrawRules(RegionCode.of("410700"), List.of(), new Sampling.Rate(20),
						new TeamRules(2, true, true, true, 5), weights),
				new PoolSnapshot(agencies, inspectors, experts, conflicts.stream().distinct().toList(),
						prior.stream().distinct().toList()));
	}

	public static void main(String[] args) throws Exception {
		DrawResult sample = new DrawEngine(inputs()).draw("check");
		System.out.println("sample draw: " + sample.sampleSize() + " of " + sample.poolSize() + " agencies");
		new Runner(new OptionsBuilder().include(DrawBenchmark.class.getSimpleName()).build()).run();
	}

}
