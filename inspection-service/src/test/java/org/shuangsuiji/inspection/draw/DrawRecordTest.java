package org.shuangsuiji.inspection.draw;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.inspection.plan.Actor;
import org.shuangsuiji.inspection.plan.Sampling;
import org.shuangsuiji.inspection.plan.TeamRules;
import org.shuangsuiji.platform.problem.ConflictException;
import org.shuangsuiji.platform.problem.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.shuangsuiji.inspection.draw.DrawFixtures.agencies;
import static org.shuangsuiji.inspection.draw.DrawFixtures.agency;
import static org.shuangsuiji.inspection.draw.DrawFixtures.expert;
import static org.shuangsuiji.inspection.draw.DrawFixtures.inputs;
import static org.shuangsuiji.inspection.draw.DrawFixtures.inspectors;
import static org.shuangsuiji.inspection.draw.DrawFixtures.pool;
import static org.shuangsuiji.platform.category.BusinessCategory.DOCUMENT;
import static org.shuangsuiji.platform.category.BusinessCategory.FORENSIC_CLINICAL;

class DrawRecordTest {

	private static final Actor OPERATOR = new Actor("u-city", "新乡市司法局 张三");

	private static final Instant T0 = Instant.parse("2024-06-01T02:00:00Z");

	private final DrawInputs inputs = inputs(new Sampling.Rate(20), TeamRules.minimal(),
			pool(agencies(30), inspectors(20)));

	private static Seed operatorSeed(String value) {
		return new Seed(value, SeedSource.OPERATOR, "公证处 现场摇号");
	}

	@Test
	void theCommitmentIsRecordedBeforeAnySeed() {
		DrawRecord committed = DrawRecord.commit(this.inputs, OPERATOR, T0);
		assertThat(committed.drawn()).isFalse();
		assertThat(committed.commitment()).isEqualTo(this.inputs.commitment());
		assertThat(committed.verify().valid()).isTrue();
		assertThat(committed.verify().drawMatches()).isNull();
	}

	@Test
	void aPlanIsDrawnOnce() {
		DrawRecord drawn = DrawRecord.commit(this.inputs, OPERATOR, T0).draw(operatorSeed("20240603"), OPERATOR, T0);
		assertThat(drawn.result().agencies()).hasSize(6);
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> drawn.draw(operatorSeed("20240604"), OPERATOR, T0))
			.satisfies((ex) -> assertThat(ex.type()).isEqualTo("draw-already-done"));
	}

	@Test
	void aReplacedInspectorLeavesTheTeamAndAnEligibleColleagueJoins() {
		DrawRecord drawn = DrawRecord.commit(this.inputs, OPERATOR, T0).draw(operatorSeed("20240603"), OPERATOR, T0);
		DrawnAgency first = drawn.result().agencies().get(0);
		TeamMember ill = first.team().get(0);
		DrawRecord replaced = drawn.replacePerson(first.agencyId(), ill, "因病无法参加", operatorSeed("r1"), OPERATOR, T0);
		PersonReplacement event = (PersonReplacement) replaced.replacements().get(0);
		assertThat(event.seq()).isEqualTo(1);
		assertThat(event.substitutes()).hasSize(1);
		DrawnAgency now = replaced.current().agency(first.agencyId()).orElseThrow();
		assertThat(now.team()).doesNotContain(ill).contains(event.substitutes().get(0)).hasSize(2);
		assertThat(replaced.result()).as("the draw itself is never rewritten").isEqualTo(drawn.result());
		assertThat(replaced.verify().valid()).isTrue();
	}

	@Test
	void aReplacedPersonIsNeverDrawnForThatAgencyAgain() {
		DrawInputs small = inputs(new Sampling.All(), TeamRules.minimal(), pool(agencies(1), inspectors(3)));
		DrawRecord drawn = DrawRecord.commit(small, OPERATOR, T0).draw(operatorSeed("s"), OPERATOR, T0);
		List<TeamMember> team = drawn.result().agencies().get(0).team();
		DrawRecord once = drawn.replacePerson("a0000", team.get(0), "回避: 近亲属在该机构任职", operatorSeed("r1"), OPERATOR, T0);
		TeamMember substitute = ((PersonReplacement) once.replacements().get(0)).substitutes().get(0);
		assertThatExceptionOfType(StaffingImpossibleException.class)
			.isThrownBy(() -> once.replacePerson("a0000", substitute, "因病", operatorSeed("r2"), OPERATOR, T0))
			.satisfies((ex) -> assertThat(ex.rule()).isEqualTo(StaffingRule.RECUSAL));
	}

	@Test
	void aReplacedExpertIsReplacedByOneCoveringTheSameCategory() {
		TeamRules withExperts = new TeamRules(2, true, false, false, null);
		PoolSnapshot pool = new PoolSnapshot(List.of(agency("a1", "410702", FORENSIC_CLINICAL, DOCUMENT)),
				inspectors(2),
				List.of(expert("e1", FORENSIC_CLINICAL), expert("e2", FORENSIC_CLINICAL), expert("e3", DOCUMENT)),
				List.of(), List.of());
		DrawRecord drawn = DrawRecord.commit(inputs(new Sampling.All(), withExperts, pool), OPERATOR, T0)
			.draw(operatorSeed("s"), OPERATOR, T0);
		String clinicalExpert = drawn.result()
			.agencies()
			.get(0)
			.memberIds(PersonKind.EXPERT)
			.stream()
			.filter((id) -> !id.equals("e3"))
			.findFirst()
			.orElseThrow();
		DrawRecord replaced = drawn.replacePerson("a1", new TeamMember(PersonKind.EXPERT, clinicalExpert), "出差",
				operatorSeed("r"), OPERATOR, T0);
		assertThat(replaced.current().agency("a1").orElseThrow().memberIds(PersonKind.EXPERT))
			.containsExactlyInAnyOrder("e3", clinicalExpert.equals("e1") ? "e2" : "e1");
	}

	@Test
	void aWithdrawnAgencyIsReplacedByOneNotDrawnBefore() {
		DrawRecord drawn = DrawRecord.commit(this.inputs, OPERATOR, T0).draw(operatorSeed("20240603"), OPERATOR, T0);
		List<String> before = drawn.result().agencies().stream().map(DrawnAgency::agencyId).toList();
		DrawRecord replaced = drawn.replaceAgency(before.get(2), "许可证已注销", operatorSeed("r1"), OPERATOR, T0);
		AgencyReplacement event = (AgencyReplacement) replaced.replacements().get(0);
		assertThat(before).doesNotContain(event.substitute().agencyId());
		assertThat(event.substitute().memberIds(PersonKind.INSPECTOR)).hasSize(2);
		List<String> after = replaced.current().agencies().stream().map(DrawnAgency::agencyId).toList();
		assertThat(after).hasSize(6).doesNotContain(before.get(2)).endsWith(event.substitute().agencyId());
		assertThat(replaced.current().withdrawn()).containsExactly(before.get(2));
		assertThat(replaced.verify().valid()).isTrue();
	}

	@Test
	void refusesToReplaceWhenEveryAgencyWasDrawn() {
		DrawInputs all = inputs(new Sampling.All(), TeamRules.minimal(), pool(agencies(3), inspectors(6)));
		DrawRecord drawn = DrawRecord.commit(all, OPERATOR, T0).draw(operatorSeed("s"), OPERATOR, T0);
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> drawn.replaceAgency("a0001", "注销", operatorSeed("r"), OPERATOR, T0))
			.satisfies((ex) -> assertThat(ex.type()).isEqualTo("draw-no-substitute-agency"));
	}

	@Test
	void refusesToReplaceSomeoneWhoIsNotOnTheTeam() {
		DrawRecord drawn = DrawRecord.commit(this.inputs, OPERATOR, T0).draw(operatorSeed("s"), OPERATOR, T0);
		String agencyId = drawn.result().agencies().get(0).agencyId();
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> drawn.replacePerson(agencyId, new TeamMember(PersonKind.INSPECTOR, "nobody"), "x",
					operatorSeed("r"), OPERATOR, T0))
			.satisfies((ex) -> assertThat(ex.type()).isEqualTo("replacement-invalid"));
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> drawn.replaceAgency("not-drawn", "x", operatorSeed("r"), OPERATOR, T0));
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> DrawRecord.commit(this.inputs, OPERATOR, T0)
			.replaceAgency("a0001", "x", operatorSeed("r"), OPERATOR, T0));
	}

	@Test
	void verificationCatchesAChangedResultAChangedPoolAndAChangedReplacement() {
		DrawRecord drawn = DrawRecord.commit(this.inputs, OPERATOR, T0).draw(operatorSeed("20240603"), OPERATOR, T0);
		DrawnAgency first = drawn.result().agencies().get(0);
		DrawRecord replaced = drawn.replacePerson(first.agencyId(), first.team().get(1), "因病", operatorSeed("r1"),
				OPERATOR, T0);

		List<DrawnAgency> swapped = new ArrayList<>(drawn.result().agencies());
		swapped.set(0, new DrawnAgency("a0029", first.team()));
		DrawRecord forgedResult = new DrawRecord(drawn.planId(), drawn.inputs(), drawn.commitment(),
				drawn.committedBy(), drawn.committedAt(), drawn.seed(), drawn.drawnBy(), drawn.drawnAt(),
				new DrawResult(30, 6, false, swapped), List.of(), null);
		assertThat(forgedResult.verify().drawMatches()).isFalse();
		assertThat(forgedResult.verify().valid()).isFalse();

		DrawInputs otherPool = inputs(new Sampling.Rate(20), TeamRules.minimal(), pool(agencies(31), inspectors(20)));
		DrawRecord forgedPool = new DrawRecord(drawn.planId(), otherPool, drawn.commitment(), drawn.committedBy(),
				drawn.committedAt(), drawn.seed(), drawn.drawnBy(), drawn.drawnAt(), drawn.result(), List.of(), null);
		assertThat(forgedPool.verify().commitmentMatches()).isFalse();

		PersonReplacement real = (PersonReplacement) replaced.replacements().get(0);
		PersonReplacement forged = new PersonReplacement(1, real.agencyId(), real.leaving(),
				List.of(new TeamMember(PersonKind.INSPECTOR, "i0019")), real.reason(), real.seed(), real.by(),
				real.at());
		DrawRecord forgedEvent = new DrawRecord(drawn.planId(), drawn.inputs(), drawn.commitment(), drawn.committedBy(),
				drawn.committedAt(), drawn.seed(), drawn.drawnBy(), drawn.drawnAt(), drawn.result(), List.of(forged),
				null);
		assertThat(real.substitutes()).isNotEqualTo(forged.substitutes());
		assertThat(forgedEvent.verify().replacements()).singleElement()
			.satisfies((check) -> assertThat(check.matches()).isFalse());
	}

}
