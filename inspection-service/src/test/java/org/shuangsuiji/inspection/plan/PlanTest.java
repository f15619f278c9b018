package org.shuangsuiji.inspection.plan;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.platform.problem.ConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PlanTest {

	private static final Actor CITY = new Actor("u-city", "新乡市司法局");

	@Test
	void movesFromDraftToDisclosedOneStepAtATime() {
		Plan plan = Plan.draft(PlanFixtures.xinxiang2024(), CITY, Instant.EPOCH);
		assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
		plan = plan.publish(Instant.ofEpochSecond(60));
		assertThat(plan.publishedAt()).isEqualTo(Instant.ofEpochSecond(60));
		plan = plan.advanceTo(PlanStatus.DRAWN).advanceTo(PlanStatus.IN_PROGRESS).advanceTo(PlanStatus.CLOSED);
		assertThat(plan.advanceTo(PlanStatus.DISCLOSED).status()).isEqualTo(PlanStatus.DISCLOSED);
	}

	@Test
	void refusesToSkipAStatus() {
		Plan published = PlanFixtures.publishedXinxiangPlan();
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> published.advanceTo(PlanStatus.CLOSED))
			.satisfies((ex) -> assertThat(ex.properties()).containsEntry("status", "PUBLISHED"));
		assertThatExceptionOfType(ConflictException.class).isThrownBy(
				() -> Plan.draft(PlanFixtures.xinxiang2024(), CITY, Instant.EPOCH).advanceTo(PlanStatus.PUBLISHED));
	}

	@Test
	void onlyADraftIsRevisedOrPublished() {
		Plan published = PlanFixtures.publishedXinxiangPlan();
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> published.revise(PlanFixtures.xinxiang2024()));
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> published.publish(Instant.EPOCH));
	}

	@Test
	void revisionKeepsTheOrganisingRegion() {
		Plan draft = Plan.draft(PlanFixtures.xinxiang2024(), CITY, Instant.EPOCH);
		PlanTerms revised = PlanFixtures.xinxiang2024(new Sampling.Rate(20), TeamRules.minimal());
		assertThat(draft.revise(revised).terms().sampling()).isEqualTo(new Sampling.Rate(20));
		assertThat(draft.revise(revised).id()).isEqualTo(draft.id());
	}

}
