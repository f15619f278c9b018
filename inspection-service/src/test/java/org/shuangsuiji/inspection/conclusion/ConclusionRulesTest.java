package org.shuangsuiji.inspection.conclusion;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.inspection.plan.Actor;
import org.shuangsuiji.platform.problem.ConflictException;
import org.shuangsuiji.platform.problem.RuleViolationException;
import org.shuangsuiji.platform.region.RegionCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

class ConclusionRulesTest {

	private static final Actor CITY = new Actor("xinxiang-city", "新乡市司法局");

	private static final Action SUSPEND = new Action("SUSPEND_PRACTICE", "暂停执业整改", List.of("item-1"));

	private static final Action RECTIFY = new Action("RECTIFY", "限期整改", List.of("item-1"));

	private static final Action CANCEL = new Action("CANCEL_CATEGORY", "注销相应业务类别", List.of("9"));

	private static Recommendation recommends(String code, Action... actions) {
		return new Recommendation("sheet-1", new Outcome(code, null), null, actions.length, List.of(actions), List.of(),
				false, List.of(), null, Instant.EPOCH);
	}

	private static Decision decides(String code, boolean sendToProvince, Action... actions) {
		return new Decision(new Outcome(code, null), null, List.of(actions), sendToProvince, CITY, Instant.EPOCH);
	}

	@Test
	void theRecommendedOutcomeWithItsActionsNeedsNoReason() {
		assertThatNoException()
			.isThrownBy(() -> ConclusionPolicy.check(recommends("SUSPEND_PRACTICE", SUSPEND, RECTIFY),
					new Outcome("SUSPEND_PRACTICE", null), List.of(SUSPEND, RECTIFY), null));
	}

	@Test
	void anotherOutcomeWithoutAReasonIsRefused() {
		assertThatThrownBy(() -> ConclusionPolicy.check(recommends("RECTIFY", RECTIFY),
				new Outcome("NO_FINDINGS", null), List.of(), " "))
			.isInstanceOf(RuleViolationException.class)
			.hasFieldOrPropertyWithValue("type", "reason-required");
	}

	@Test
	void droppingASuspensionOrACancellationWithoutAReasonIsRefusedButDroppingRectifyIsNot() {
		assertThatThrownBy(() -> ConclusionPolicy.check(recommends("FAIL", CANCEL, RECTIFY), new Outcome("FAIL", null),
				List.of(RECTIFY), null))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("CANCEL_CATEGORY");
		assertThatNoException().isThrownBy(() -> ConclusionPolicy.check(recommends("RECTIFY", RECTIFY),
				new Outcome("RECTIFY", null), List.of(), null));
		assertThatNoException().isThrownBy(() -> ConclusionPolicy.check(recommends("FAIL", CANCEL),
				new Outcome("FAIL", null), List.of(), "经研判该类别已整改到位"));
	}

	@Test
	void failingGradesSuspensionsRequestsAndTheSheetsOwnMarkGoToTheProvince() {
		assertThat(ReviewRule.reasons(recommends("RECTIFY", RECTIFY), decides("RECTIFY", false, RECTIFY))).isEmpty();
		assertThat(ReviewRule.reasons(recommends("FAIL"), decides("FAIL", false))).containsExactly("graded 不合格");
		assertThat(ReviewRule.reasons(recommends("SUSPEND_PRACTICE", SUSPEND), decides("RECTIFY", false)))
			.containsExactly("suspending action: 暂停执业整改");
		assertThat(ReviewRule.reasons(recommends("RECTIFY"), decides("RECTIFY", true)))
			.containsExactly("sent to the province by the organiser");
		Recommendation marked = new Recommendation("sheet-1", new Outcome("RECTIFY", null), null, 3, List.of(),
				List.of(), true, List.of("发现问题较多"), null, Instant.EPOCH);
		assertThat(ReviewRule.reasons(marked, decides("RECTIFY", false)))
			.containsExactly("marked for review by the score sheet: 发现问题较多");
	}

	@Test
	void theProvincesDecisionIsTheFinalStateAndSettlesTheConclusion() {
		Conclusion pending = new Conclusion("p:ag-01", new org.shuangsuiji.inspection.plan.PlanId("p"),
				RegionCode.of("410700"), "ag-01", "示例所", RegionCode.of("410703"),
				recommends("SUSPEND_PRACTICE", SUSPEND), decides("SUSPEND_PRACTICE", false, SUSPEND),
				ProvincialReview.pending(List.of("suspending action")), null, 1L);
		assertThat(pending.isFinal()).isFalse();
		assertThatThrownBy(() -> pending.published(Instant.EPOCH)).isInstanceOf(ConflictException.class);
		Conclusion amended = pending.reviewed(new ReviewVerdict(false, new Outcome("RECTIFY", "限期整改"), List.of(RECTIFY),
				"面积已达标", new Actor("henan", "河南省司法厅"), Instant.EPOCH));
		assertThat(amended.isFinal()).isTrue();
		assertThat(amended.finalOutcome().code()).isEqualTo("RECTIFY");
		assertThat(amended.finalActions()).containsExactly(RECTIFY);
		assertThatThrownBy(() -> amended.redecided(amended.recommendation(), amended.decision(), null))
			.isInstanceOf(ConflictException.class)
			.hasFieldOrPropertyWithValue("type", "conclusion-reviewed");
		assertThatThrownBy(() -> amended.reviewed(amended.review().verdict())).isInstanceOf(ConflictException.class);
	}

}
