package org.shuangsuiji.inspection.draw;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

import org.shuangsuiji.inspection.plan.AgencyWeight;
import org.shuangsuiji.inspection.plan.Sampling;
import org.shuangsuiji.inspection.plan.TeamRules;
import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.platform.region.RegionCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuangsuiji.inspection.draw.DrawFixtures.COUNTIES;

class DrawProperties {

	private static final List<BusinessCategory> CATEGORIES = List.of(BusinessCategory.FORENSIC_CLINICAL,
			BusinessCategory.FORENSIC_PATHOLOGY, BusinessCategory.DOCUMENT);

	@Property(tries = 200)
	void theSameInputsInAnyOrderGiveTheSameDraw(@ForAll("scenarios") Scenario scenario, @ForAll Random random) {
		DrawInputs inputs = scenario.inputs(null);
		DrawInputs shuffled = scenario.inputs(random);
		assertThat(shuffled.commitment()).isEqualTo(inputs.commitment());
		assertThat(outcome(shuffled, scenario.seed())).isEqualTo(outcome(inputs, scenario.seed()));
	}

	@Property(tries = 250)
	void noRecusalRuleOrPlanOptionIsEverBroken(@ForAll("scenarios") Scenario scenario) {
		DrawInputs inputs = scenario.inputs(null);
		Object outcome = outcome(inputs, scenario.seed());
		Statistics.label("outcome")
			.collect((outcome instanceof String refusal) ? "refused by " + refusal.substring(0, refusal.indexOf('@'))
					: "drawn");
		Statistics.label("outcome").coverage((coverage) -> coverage.check("drawn").percentage((p) -> p > 30));
		if (outcome instanceof DrawResult result) {
			assertKeepsEveryRule(inputs, Assignment.initial(result.agencies()));
		}
	}

	@Property(tries = 250)
	void everyTeamHasAtLeastTwoCertifiedInspectors(@ForAll("scenarios") Scenario scenario) {
		DrawInputs inputs = scenario.inputs(null);
		DrawResult result = drawOrNull(inputs, scenario.seed());
		if (result == null) {
			return;
		}
		Set<String> certified = new HashSet<>();
		inputs.pool().inspectors().stream().filter(PoolInspector::certified).forEach((p) -> certified.add(p.id()));
		for (DrawnAgency agency : result.agencies()) {
			List<String> inspectors = agency.memberIds(PersonKind.INSPECTOR);
			assertThat(inspectors).hasSize(inputs.rules().team().inspectorsPerTeam())
				.hasSizeGreaterThanOrEqualTo(2)
				.doesNotHaveDuplicates();
			assertThat(certified).containsAll(inspectors);
		}
	}

	@Property(tries = 250)
	void theSampleNeverFallsBelowFivePercentOfThePool(@ForAll("scenarios") Scenario scenario) {
		DrawInputs inputs = scenario.inputs(null);
		DrawResult result = drawOrNull(inputs, scenario.seed());
		if (result == null) {
			return;
		}
		int pool = inputs.pool().agencies().size();
		assertThat(result.sampleSize()).isGreaterThanOrEqualTo((int) Math.ceil(pool * 0.05)).isLessThanOrEqualTo(pool);
		assertThat(result.agencies()).hasSize(result.sampleSize());
	}

	@Property
	void everySamplingRuleRespectsTheFloor(@ForAll("samplings") Sampling sampling,
			@ForAll @IntRange(min = 1, max = 1_000_000) int poolSize) {
		int size = sampling.sampleSize(poolSize);
		assertThat(size).isLessThanOrEqualTo(poolSize);
		assertThat((long) size * 100).isGreaterThanOrEqualTo((long) poolSize * Sampling.FLOOR_PERCENT);
	}

	@Property(tries = 200)
	void replacementsKeepEveryRuleAndVerify(@ForAll("scenarios") Scenario scenario,
			@ForAll @IntRange(min = 0, max = 1000) int pick) {
		DrawInputs inputs = scenario.inputs(null);
		DrawResult result = drawOrNull(inputs, scenario.seed());
		if (result == null) {
			return;
		}
		DrawRecord record = new DrawRecord(inputs.planId(), inputs, inputs.commitment(), null, null,
				new Seed(scenario.seed(), SeedSource.SERVER, null), null, null, result, List.of(), null);
		DrawnAgency agency = result.agencies().get(pick % result.agencies().size());
		TeamMember leaving = agency.team().get(pick % agency.team().size());
		try {
			record = record.replacePerson(agency.agencyId(), leaving, "因病",
					new Seed("r" + pick, SeedSource.SERVER, null), null, null);
			record = record.replaceAgency(agency.agencyId(), "注销", new Seed("q" + pick, SeedSource.SERVER, null), null,
					null);
		}
		catch (org.shuangsuiji.platform.problem.RuleViolationException refused) {
			// a refused replacement records nothing; what was recorded must still hold
		}
		assertKeepsEveryRule(inputs, record.current());
		assertThat(record.verify().valid()).isTrue();
	}

	private static void assertKeepsEveryRule(DrawInputs inputs, Assignment assignment) {
		TeamRules rules = inputs.rules().team();
		Map<String, PoolAgency> agencies = new HashMap<>();
		inputs.pool().agencies().forEach((a) -> agencies.put(a.id(), a));
		Map<String, PoolInspector> inspectors = new HashMap<>();
		inputs.pool().inspectors().forEach((p) -> inspectors.put(p.id(), p));
		Map<String, PoolExpert> experts = new HashMap<>();
		inputs.pool().experts().forEach((e) -> experts.put(e.id(), e));
		Map<TeamMember, Integer> loads = new HashMap<>();
		for (DrawnAgency drawn : assignment.agencies()) {
			PoolAgency agency = agencies.get(drawn.agencyId());
			assertThat(assignment.withdrawn()).doesNotContain(drawn.agencyId());
			assertThat(drawn.team()).doesNotHaveDuplicates();
			for (TeamMember member : drawn.team()) {
				PersonAgency pair = new PersonAgency(member.kind(), member.personId(), agency.id());
				assertThat(inputs.pool().conflicts()).as("declared conflicts").doesNotContain(pair);
				assertThat(assignment.exclusions()).as("people a replacement took off").doesNotContain(pair);
				if (rules.excludeInspectedLastYear()) {
					assertThat(inputs.pool().priorInspections()).doesNotContain(pair);
				}
				if (rules.excludeSameCounty() && member.kind() == PersonKind.INSPECTOR) {
					assertThat(DrawEngine.sameCounty(inspectors.get(member.personId()).region(), agency.region()))
						.isFalse();
				}
				loads.merge(member, 1, Integer::sum);
			}
			if (rules.expertRequired()) {
				Set<BusinessCategory> covered = new HashSet<>();
				drawn.memberIds(PersonKind.EXPERT).forEach((id) -> covered.addAll(experts.get(id).specialities()));
				assertThat(covered).containsAll(inputs.rules().inspectedCategories(agency));
				assertThat(drawn.memberIds(PersonKind.EXPERT)).isNotEmpty();
			}
		}
		if (rules.maxInspectionsPerPerson() != null) {
			assertThat(loads.values())
				.allSatisfy((load) -> assertThat(load).isLessThanOrEqualTo(rules.maxInspectionsPerPerson()));
		}
	}

	private static DrawResult drawOrNull(DrawInputs inputs, String seed) {
		try {
			return new DrawEngine(inputs).draw(seed);
		}
		catch (StaffingImpossibleException refused) {
			return null;
		}
	}

	/**
	 * The result, or the agency and rule of the refusal: both must be independent of
	 * order.
	 */
	private static Object outcome(DrawInputs inputs, String seed) {
		try {
			return new DrawEngine(inputs).draw(seed);
		}
		catch (StaffingImpossibleException refused) {
			return refused.rule().slug() + "@" + refused.agencyId();
		}
	}

	@Provide
	Arbitrary<Sampling> samplings() {
		return Arbitraries.oneOf(Arbitraries.integers().between(5, 100).map(Sampling.Rate::new),
				Arbitraries.integers().between(1, 5000).map(Sampling.Count::new), Arbitraries.just(new Sampling.All()));
	}

	@Provide
	Arbitrary<Scenario> scenarios() {
		Arbitrary<TeamRules> rules = Combinators
			.combine(Arbitraries.integers().between(2, 3), Arbitraries.of(true, false), Arbitraries.of(true, false),
					Arbitraries.of(true, false), Arbitraries.integers().between(1, 6).injectNull(0.4))
			.as(TeamRules::new);
		Arbitrary<String> seed = Arbitraries.strings().withCharRange('0', 'z').ofMinLength(1).ofMaxLength(24);
		return Combinators
			.combine(Arbitraries.integers().between(1, 40), Arbitraries.integers().between(2, 60),
					Arbitraries.integers().between(1, 12))
			.flatAs((agencies, inspectors, experts) -> Combinators
				.combine(Arbitraries.of(COUNTIES).list().ofSize(agencies),
						Arbitraries.subsetOf(CATEGORIES).ofMinSize(1).list().ofSize(agencies),
						Arbitraries.of(withCity()).list().ofSize(inspectors),
						Arbitraries.integers().between(0, 9).list().ofSize(inspectors).withoutEdgeCases(),
						Arbitraries.subsetOf(CATEGORIES).ofMinSize(1).list().ofSize(experts),
						pairs(experts + inspectors, agencies).list().ofMaxSize(20),
						pairs(experts + inspectors, agencies).list().ofMaxSize(20),
						Combinators
							.combine(Arbitraries.integers().between(0, agencies - 1),
									Arbitraries.integers().between(2, AgencyWeight.MAX_WEIGHT))
							.as((index, weight) -> new int[] { index, weight })
							.list()
							.ofMaxSize(5))
				.as((agencyRegions, agencyCategories, inspectorRegions, certified, specialities, conflicts, prior,
						weights) -> Scenario.of(agencyRegions, agencyCategories, inspectorRegions, certified,
								specialities, conflicts, prior, weights)))
			.flatMap((partial) -> Combinators.combine(samplings(), rules, seed).as(partial::with));
	}

	private static List<String> withCity() {
		List<String> regions = new ArrayList<>(COUNTIES);
		regions.add("410700");
		return regions;
	}

	/** A person index (inspectors first, then experts) and an agency index. */
	private static Arbitrary<int[]> pairs(int people, int agencies) {
		return Combinators
			.combine(Arbitraries.integers().between(0, people - 1), Arbitraries.integers().between(0, agencies - 1))
			.as((person, agency) -> new int[] { person, agency });
	}

	/** A generated pool, rules and seed. */
	record Scenario(List<PoolAgency> agencies, List<PoolInspector> inspectors, List<PoolExpert> experts,
			List<PersonAgency> conflicts, List<PersonAgency> prior, List<AgencyWeight> weights, Sampling sampling,
			TeamRules rules, String seed) {

		static Scenario of(List<String> agencyRegions, List<Set<BusinessCategory>> agencyCategories,
				List<String> inspectorRegions, List<Integer> certified, List<Set<BusinessCategory>> specialities,
				List<int[]> conflicts, List<int[]> prior, List<int[]> weights) {
			List<PoolAgency> agencies = new ArrayList<>();
			for (int i = 0; i < agencyRegions.size(); i++) {
				agencies.add(new PoolAgency("a" + i, "机构" + i, "", RegionCode.of(agencyRegions.get(i)),
						List.copyOf(agencyCategories.get(i))));
			}
			List<PoolInspector> inspectors = new ArrayList<>();
			for (int i = 0; i < inspectorRegions.size(); i++) {
				inspectors.add(new PoolInspector("p" + i, "检查员" + i, (certified.get(i) == 0) ? "" : "豫执" + i,
						RegionCode.of(inspectorRegions.get(i))));
			}
			List<PoolExpert> experts = new ArrayList<>();
			for (int i = 0; i < specialities.size(); i++) {
				experts
					.add(new PoolExpert("e" + i, "专家" + i, RegionCode.of("410700"), List.copyOf(specialities.get(i))));
			}
			Map<String, AgencyWeight> weighted = new HashMap<>();
			for (int[] weight : weights) {
				weighted.putIfAbsent("a" + weight[0], new AgencyWeight("a" + weight[0], weight[1], "投诉举报"));
			}
			return new Scenario(agencies, inspectors, experts, people(conflicts, inspectors.size()),
					people(prior, inspectors.size()), List.copyOf(weighted.values()), null, null, null);
		}

		private static List<PersonAgency> people(List<int[]> pairs, int inspectors) {
			return pairs.stream()
				.map((pair) -> (pair[0] < inspectors)
						? new PersonAgency(PersonKind.INSPECTOR, "p" + pair[0], "a" + pair[1])
						: new PersonAgency(PersonKind.EXPERT, "e" + (pair[0] - inspectors), "a" + pair[1]))
				.toList();
		}

		Scenario with(Sampling newSampling, TeamRules newRules, String newSeed) {
			return new Scenario(this.agencies, this.inspectors, this.experts, this.conflicts, this.prior, this.weights,
					newSampling, newRules, newSeed);
		}

		/** The inputs, with every list shuffled by {@code random} when it is given. */
		DrawInputs inputs(Random random) {
			PoolSnapshot pool = new PoolSnapshot(shuffled(this.agencies, random), shuffled(this.inspectors, random),
					shuffled(this.experts, random), shuffled(this.conflicts, random), shuffled(this.prior, random));
			return DrawFixtures.inputs(this.sampling, this.rules, shuffled(this.weights, random), List.of(), pool);
		}

		private static <T> List<T> shuffled(List<T> items, Random random) {
			List<T> copy = new ArrayList<>(items);
			if (random != null) {
				Collections.shuffle(copy, random);
			}
			return copy;
		}

	}

}
