package org.shuangsuiji.inspection.disclosure;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.inspection.conclusion.Action;
import org.shuangsuiji.inspection.conclusion.Outcome;
import org.shuangsuiji.inspection.plan.Sampling;

import static org.assertj.core.api.Assertions.assertThat;

class ResultWordingTest {

	private static final Action RECTIFY = new Action("RECTIFY", "限期整改", List.of());

	@Test
	void nothingFoundIsPublishedAsNoProblemFound() {
		assertThat(ResultWording.result(new Outcome("NO_FINDINGS", "未发现问题"), List.of(), 0)).isEqualTo("未发现问题");
		assertThat(ResultWording.result(new Outcome("EXCELLENT", "优秀"), List.of(), 0)).isEqualTo("未发现问题");
	}

	@Test
	void findingsOrderedToBeRectifiedArePublishedAsSuch() {
		assertThat(ResultWording.result(new Outcome("RECTIFY", "限期整改"), List.of(RECTIFY), 2)).isEqualTo("发现问题已责令改正");
		assertThat(ResultWording.result(new Outcome("BASIC_PASS", "基本合格"), List.of(), 3)).isEqualTo("发现问题已责令改正");
	}

	@Test
	void aFailOrASuspensionIsPublishedAsAwaitingFurtherHandling() {
		assertThat(ResultWording.result(new Outcome("FAIL", "不合格"), List.of(RECTIFY), 9)).isEqualTo("发现问题待后续处理");
		assertThat(ResultWording.result(new Outcome("RECTIFY", "限期整改"),
				List.of(new Action("CANCEL_CATEGORY", "注销相应业务类别", List.of())), 1))
			.isEqualTo("发现问题待后续处理");
	}

	@Test
	void onlyPlansThatDrawTheirAgenciesAreDoubleRandom() {
		assertThat(ResultWording.inspectionType(new Sampling.Rate(25))).isEqualTo("双随机抽查");
		assertThat(ResultWording.inspectionType(new Sampling.Count(3))).isEqualTo("双随机抽查");
		assertThat(ResultWording.inspectionType(new Sampling.All())).isEqualTo("定向抽查");
	}

}
