package org.shuangsuiji.inspection.draw;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.assertj.core.api.ThrowableAssertAlternative;
import org.junit.jupiter.api.Test;

import org.shuangsuiji.inspection.plan.Sampling;
import org.shuangsuiji.inspection.plan.TeamRules;
import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.platform.problem.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.shuangsuiji.inspection.draw.DrawFixtures.agencies;
import static org.shuangsuiji.inspection.draw.DrawFixtures.agency;
import static org.shuangsuiji.inspection.draw.DrawFixtures.conflict;
import static org.shuangsuiji.inspection.draw.DrawFixtures.expert;
import static org.shuangsuiji.inspection.draw.DrawFixtures.inputs;
import static org.shuangsuiji.inspection.draw.DrawFixtures.inspector;
import static org.shuangsuiji.inspection.draw.DrawFixtures.inspectors;
import static org.shuangsuiji.inspection.draw.DrawFixtures.pool;
import static org.shuangsuiji.inspection.draw.DrawFixtures.uncertified;
import static org.shuangsuiji.platform.category.BusinessCategory.DOCUMENT;
import static org.shuangsuiji.platform.category.BusinessCategory.FORENSIC_CLINICAL;
import static org.shuangsuiji.platform.category.BusinessCategory.FORENSIC_PATHOLOGY;

class DrawEngineTest {

	private static final TeamRules TWO_INSPECTORS = TeamRules.minimal();

	private static final TeamRules WITH_EXPERTS = new TeamRules(2, true, false, false, null);

	@Test
	void drawsTwentyPercentOfDistinctAgenciesFromThePool() {
		DrawResult result = draw(inputs(new Sampling.Rate(20), TWO_INSPECTORS, pool(agencies(50), inspectors(30))),
				"seed");
		assertThat(result.poolSize()).isEqualTo(50);
		assertThat(result.sampleSize()).isEqualTo(10);
		assertThat(result.floorApplied()).isFalse();
		assertThat(result.agencies()).extracting(DrawnAgency::agencyId).hasSize(10).doesNotHaveDuplicates();
	}

	@Test
	void theSameSeedGivesTheSameDrawAndAnotherSeedAnotherDraw() {
		DrawInputs inputs = inputs(new Sampling.Rate(10), TWO_INSPECTORS, pool(agencies(200), inspectors(60)));
		assertThat(draw(inputs, "公证书(2024)豫新证字第0603号")).isEqualTo(draw(inputs, "公证书(2024)豫新证字第0603号"));
		assertThat(draw(inputs, "公证书(2024)豫新证字第0603号").agencies())
			.isNotEqualTo(draw(inputs, "公证书(2024)豫新证字第0604号").agencies());
	}

	@Test
	void theDrawDoesNotDependOnTheOrderRecordsArrivedIn() {
		List<PoolAgency> agencies = new ArrayList<>(agencies(80));
		List<PoolInspector> inspectors = new ArrayList<>(inspectors(40));
		DrawInputs sorted = inputs(new Sampling.Rate(25), TWO_INSPECTORS, pool(agencies, inspectors));
		Collections.shuffle(agencies, new Random(7));
		Collections.shuffle(inspectors, new Random(8));
		DrawInputs shuffled = inputs(new Sampling.Rate(25), TWO_INSPECTORS, pool(agencies, inspectors));
		assertThat(shuffled.commitment()).isEqualTo(sorted.commitment());
		assertThat(draw(shuffled, "s")).isEqualTo(draw(sorted, "s"));
	}

	@Test
	void theCommitmentChangesWithAnyInput() {
		DrawInputs base = inputs(new Sampling.Rate(25), TWO_INSPECTORS, pool(agencies(10), inspectors(4)));
		DrawInputs withConflict = inputs(new Sampling.Rate(25), TWO_INSPECTORS, new PoolSnapshot(agencies(10),
				inspectors(4), List.of(), List.of(conflict("i0000", "a0000")), List.of()));
		DrawInputs otherRate = inputs(new Sampling.Rate(30), TWO_INSPECTORS, pool(agencies(10), inspectors(4)));
		assertThat(base.commitment()).hasSize(64)
			.isNotEqualTo(withConflict.commitment())
			.isNotEqualTo(otherRate.commitment());
	}

	@Test
	void allAgenciesAreDrawnInIdOrderWhenThePlanSaysAll() {
		DrawResult result = drawAll(TWO_INSPECTORS, pool(agencies(12), inspectors(24)));
		assertThat(result.agencies()).extracting(DrawnAgency::agencyId)
			.containsExactlyElementsOf(agencies(12).stream().map(PoolAgency::id).toList());
	}

	@Test
	void aSmallCountIsRaisedToFivePercentOfThePool() {
		DrawResult result = draw(inputs(new Sampling.Count(2), TWO_INSPECTORS, pool(agencies(100), inspectors(20))),
				"s");
		assertThat(result.sampleSize()).isEqualTo(5);
		assertThat(result.floorApplied()).isTrue();
		assertThat(result.agencies()).hasSize(5);
	}

	@Test
	void refusesToDrawFromAnEmptyPool() {
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> drawAll(TWO_INSPECTORS, pool(List.of(), inspectors(4))))
			.satisfies((ex) -> assertThat(ex.type()).isEqualTo("draw-pool-empty"));
	}

	@Test
	void everyTeamHasTwoCertifiedInspectorsAndTheUncertifiedAreNeverDrawn() {
		List<PoolInspector> inspectors = new ArrayList<>(inspectors(6));
		inspectors.add(uncertified("i9999", "410700"));
		DrawResult result = drawAll(TWO_INSPECTORS, pool(agencies(9), inspectors));
		assertThat(result.agencies()).allSatisfy((a) -> assertThat(a.memberIds(PersonKind.INSPECTOR)).hasSize(2)
			.doesNotHaveDuplicates()
			.doesNotContain("i9999"));
	}

	@Test
	void rejectsDrawWhenFewerThanTwoCertifiedInspectors() {
		List<PoolInspector> inspectors = List.of(inspector("i1", "410700"), uncertified("i2", "410700"));
		assertRefused(TWO_INSPECTORS, pool(agencies(1), inspectors)).satisfies((ex) -> {
			assertThat(ex.rule()).isEqualTo(StaffingRule.CERTIFIED_INSPECTORS);
			assertThat(ex.properties()).containsEntry("agencyId", "a0000")
				.containsEntry("agencyName", "新乡a0000司法鉴定所")
				.containsEntry("rule", "certified-inspectors");
			assertThat(ex.getMessage()).contains("a0000", "certified-inspectors");
		});
	}

	@Test
	void anInspectorWithADeclaredConflictIsNeverOnThatAgencysTeam() {
		PoolSnapshot pool = new PoolSnapshot(agencies(1), inspectors(3), List.of(), List.of(conflict("i0001", "a0000")),
				List.of());
		for (int seed = 0; seed < 30; seed++) {
			assertThat(draw(inputs(new Sampling.All(), TWO_INSPECTORS, pool), "s" + seed).agencies().get(0).team())
				.containsExactlyInAnyOrder(new TeamMember(PersonKind.INSPECTOR, "i0000"),
						new TeamMember(PersonKind.INSPECTOR, "i0002"));
		}
	}

	@Test
	void refusesWhenRecusalLeavesTooFewInspectors() {
		PoolSnapshot pool = new PoolSnapshot(agencies(1), inspectors(2), List.of(), List.of(conflict("i0001", "a0000")),
				List.of());
		assertRefused(TWO_INSPECTORS, pool).satisfies((ex) -> assertThat(ex.rule()).isEqualTo(StaffingRule.RECUSAL));
	}

	@Test
	void leavesOutInspectorsOfTheAgencysOwnCountyWhenThePlanSaysSo() {
		TeamRules sameCounty = new TeamRules(2, false, true, false, null);
		List<PoolInspector> inspectors = List.of(inspector("i1", "410725"), inspector("i2", "410725"),
				inspector("i3", "410700"), inspector("i4", "410726"));
		PoolSnapshot pool = pool(List.of(agency("a1", "410725", FORENSIC_CLINICAL)), inspectors);
		assertThat(drawAll(sameCounty, pool).agencies().get(0).memberIds(PersonKind.INSPECTOR))
			.containsExactlyInAnyOrder("i3", "i4");
		assertThat(DrawEngine.sameCounty(org.shuangsuiji.platform.region.RegionCode.of("410700"),
				org.shuangsuiji.platform.region.RegionCode.of("410700")))
			.as("the city bureau is in no county")
			.isFalse();
	}

	@Test
	void namesTheSameCountyRuleWhenOnlyLocalInspectorsRemain() {
		TeamRules sameCounty = new TeamRules(2, false, true, false, null);
		PoolSnapshot pool = pool(List.of(agency("a1", "410725", FORENSIC_CLINICAL)),
				List.of(inspector("i1", "410725"), inspector("i2", "410725"), inspector("i3", "410700")));
		assertRefused(sameCounty, pool).satisfies((ex) -> assertThat(ex.rule()).isEqualTo(StaffingRule.SAME_COUNTY));
	}

	@Test
	void leavesOutWhoeverInspectedTheAgencyLastYearWhenThePlanSaysSo() {
		TeamRules lastYear = new TeamRules(2, false, false, true, null);
		PoolSnapshot pool = new PoolSnapshot(agencies(1), inspectors(4), List.of(), List.of(),
				List.of(new PersonAgency(PersonKind.INSPECTOR, "i0000", "a0000"),
						new PersonAgency(PersonKind.INSPECTOR, "i0001", "a0000")));
		assertThat(drawAll(lastYear, pool).agencies().get(0).memberIds(PersonKind.INSPECTOR))
			.containsExactlyInAnyOrder("i0002", "i0003");
		PoolSnapshot tooFew = new PoolSnapshot(agencies(1), inspectors(3), List.of(), List.of(),
				List.of(new PersonAgency(PersonKind.INSPECTOR, "i0000", "a0000"),
						new PersonAgency(PersonKind.INSPECTOR, "i0001", "a0000")));
		assertRefused(lastYear, tooFew)
			.satisfies((ex) -> assertThat(ex.rule()).isEqualTo(StaffingRule.INSPECTED_LAST_YEAR));
	}

	@Test
	void nobodySitsOnMoreTeamsThanThePlanAllows() {
		TeamRules maxTwo = new TeamRules(2, false, false, false, 2);
		DrawResult result = drawAll(maxTwo, pool(agencies(6), inspectors(6)));
		Map<String, Integer> loads = new HashMap<>();
		result.agencies().forEach((a) -> a.team().forEach((m) -> loads.merge(m.personId(), 1, Integer::sum)));
		assertThat(loads.values()).allSatisfy((load) -> assertThat(load).isLessThanOrEqualTo(2));
		TeamRules maxOne = new TeamRules(2, false, false, false, 1);
		assertRefused(maxOne, pool(agencies(3), inspectors(5))).satisfies((ex) -> {
			assertThat(ex.rule()).isEqualTo(StaffingRule.MAX_INSPECTIONS_PER_PERSON);
			assertThat(ex.agencyId()).isEqualTo("a0002");
		});
	}

	@Test
	void spreadsTeamsEvenlyOverThePool() {
		DrawResult result = drawAll(TWO_INSPECTORS, pool(agencies(10), inspectors(20)));
		assertThat(result.agencies().stream().flatMap((a) -> a.memberIds(PersonKind.INSPECTOR).stream())).hasSize(20)
			.doesNotHaveDuplicates();
	}

	@Test
	void expertsTogetherCoverEveryCategoryOfTheAgency() {
		PoolSnapshot pool = new PoolSnapshot(List.of(agency("a1", "410702", FORENSIC_CLINICAL, DOCUMENT)),
				inspectors(2),
				List.of(expert("e1", FORENSIC_CLINICAL), expert("e2", DOCUMENT), expert("e3", FORENSIC_PATHOLOGY)),
				List.of(), List.of());
		DrawnAgency drawn = drawAll(WITH_EXPERTS, pool).agencies().get(0);
		assertThat(drawn.memberIds(PersonKind.EXPERT)).containsExactlyInAnyOrder("e1", "e2");
	}

	@Test
	void oneExpertCoveringBothCategoriesIsEnough() {
		PoolSnapshot pool = new PoolSnapshot(List.of(agency("a1", "410702", FORENSIC_CLINICAL, DOCUMENT)),
				inspectors(2), List.of(expert("e1", DOCUMENT, FORENSIC_CLINICAL)), List.of(), List.of());
		assertThat(drawAll(WITH_EXPERTS, pool).agencies().get(0).memberIds(PersonKind.EXPERT)).containsExactly("e1");
	}

	@Test
	void namesTheCategoryNoExpertCovers() {
		PoolSnapshot pool = new PoolSnapshot(List.of(agency("a1", "410702", FORENSIC_CLINICAL, DOCUMENT)),
				inspectors(2), List.of(expert("e1", FORENSIC_CLINICAL)), List.of(), List.of());
		assertRefused(WITH_EXPERTS, pool).satisfies((ex) -> {
			assertThat(ex.rule()).isEqualTo(StaffingRule.EXPERT_SPECIALITY);
			assertThat(ex.properties()).containsEntry("category", "DOCUMENT");
		});
	}

	@Test
	void onlyThePlansCategoriesNeedAnExpert() {
		PoolSnapshot pool = new PoolSnapshot(List.of(agency("a1", "410702", FORENSIC_CLINICAL, DOCUMENT)),
				inspectors(2), List.of(expert("e1", FORENSIC_CLINICAL)), List.of(), List.of());
		DrawInputs clinicalOnly = inputs(new Sampling.All(), WITH_EXPERTS, List.of(), List.of(FORENSIC_CLINICAL), pool);
		assertThat(draw(clinicalOnly, "s").agencies().get(0).memberIds(PersonKind.EXPERT)).containsExactly("e1");
	}

	@Test
	void anExpertWithAConflictIsNotDrawn() {
		PoolSnapshot pool = new PoolSnapshot(List.of(agency("a1", "410702", FORENSIC_CLINICAL)), inspectors(2),
				List.of(expert("e1", FORENSIC_CLINICAL)), List.of(new PersonAgency(PersonKind.EXPERT, "e1", "a1")),
				List.of());
		assertRefused(WITH_EXPERTS, pool).satisfies((ex) -> assertThat(ex.rule()).isEqualTo(StaffingRule.RECUSAL));
	}

	@Test
	void anAgencyWithoutInspectedCategoriesStillGetsOneExpert() {
		PoolSnapshot pool = new PoolSnapshot(List.of(agency("a1", "410702")), inspectors(2),
				List.of(expert("e1", BusinessCategory.TRACE)), List.of(), List.of());
		assertThat(drawAll(WITH_EXPERTS, pool).agencies().get(0).memberIds(PersonKind.EXPERT)).containsExactly("e1");
	}

	private static DrawResult draw(DrawInputs inputs, String seed) {
		return new DrawEngine(inputs).draw(seed);
	}

	/** Every agency of the pool drawn under the rules, with one fixed seed. */
	private static DrawResult drawAll(TeamRules rules, PoolSnapshot pool) {
		return draw(inputs(new Sampling.All(), rules, pool), "s");
	}

	/** The refusal to staff every agency of the pool under the rules. */
	private static ThrowableAssertAlternative<StaffingImpossibleException> assertRefused(TeamRules rules,
			PoolSnapshot pool) {
		return assertThatExceptionOfType(StaffingImpossibleException.class).isThrownBy(() -> drawAll(rules, pool));
	}

}
