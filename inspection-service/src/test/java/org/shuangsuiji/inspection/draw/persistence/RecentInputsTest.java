package org.shuangsuiji.inspection.draw.persistence;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.inspection.draw.DrawInputs;
import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.inspection.plan.Sampling;
import org.shuangsuiji.inspection.plan.TeamRules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuangsuiji.inspection.draw.DrawFixtures.agencies;
import static org.shuangsuiji.inspection.draw.DrawFixtures.inputs;
import static org.shuangsuiji.inspection.draw.DrawFixtures.inspectors;
import static org.shuangsuiji.inspection.draw.DrawFixtures.pool;

class RecentInputsTest {

	private static final DrawInputs INPUTS = inputs(new Sampling.All(), TeamRules.minimal(),
			pool(agencies(3), inspectors(4)));

	private static final PlanId PLAN = new PlanId("p1");

	private static final String COMMITMENT = INPUTS.commitment();

	@Test
	void keptInputsAnswerOnlyForTheVersionTheyWereKeptAt() {
		RecentInputs recent = new RecentInputs(4);
		recent.keep(PLAN, 0L, COMMITMENT, INPUTS);

		assertThat(recent.at(PLAN, 0L, COMMITMENT)).containsSame(INPUTS);
		assertThat(recent.at(PLAN, 1L, COMMITMENT)).isEmpty();
		assertThat(recent.at(PLAN, null, COMMITMENT)).isEmpty();
		assertThat(recent.at(PLAN, 0L, "another commitment")).as("the record committed anew").isEmpty();
		assertThat(recent.at(new PlanId("p2"), 0L, COMMITMENT)).isEmpty();
	}

	@Test
	void aSaveFromTheKeptVersionCarriesTheInputsToTheNewOne() {
		RecentInputs recent = new RecentInputs(4);
		recent.keep(PLAN, 0L, COMMITMENT, INPUTS);

		recent.moveOn(PLAN, COMMITMENT, 0L, 1L);

		assertThat(recent.at(PLAN, 1L, COMMITMENT)).containsSame(INPUTS);
		assertThat(recent.at(PLAN, 0L, COMMITMENT)).isEmpty();
	}

	@Test
	void aSaveFromAnotherVersionDropsTheInputs() {
		RecentInputs recent = new RecentInputs(4);
		recent.keep(PLAN, 0L, COMMITMENT, INPUTS);

		recent.moveOn(PLAN, COMMITMENT, 3L, 4L);

		assertThat(recent.holds(PLAN)).isFalse();
		assertThat(recent.at(PLAN, 4L, COMMITMENT)).isEmpty();
	}

	@Test
	void theLeastRecentlyUsedInputsMakeWayBeyondTheBound() {
		RecentInputs recent = new RecentInputs(2);
		recent.keep(new PlanId("a"), 0L, COMMITMENT, INPUTS);
		recent.keep(new PlanId("b"), 0L, COMMITMENT, INPUTS);
		recent.at(new PlanId("a"), 0L, COMMITMENT);

		recent.keep(new PlanId("c"), 0L, COMMITMENT, INPUTS);

		assertThat(recent.holds(new PlanId("a"))).isTrue();
		assertThat(recent.holds(new PlanId("b"))).isFalse();
		assertThat(recent.holds(new PlanId("c"))).isTrue();
	}

}
