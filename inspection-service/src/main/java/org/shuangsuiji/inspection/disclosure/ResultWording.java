package org.shuangsuiji.inspection.disclosure;

import java.util.List;

import org.shuangsuiji.inspection.conclusion.Action;
import org.shuangsuiji.inspection.conclusion.Outcome;
import org.shuangsuiji.inspection.plan.Sampling;

/**
 * The wording of the public fields.
 * <p>
 * 抽查结果 uses three of the result categories the 国家企业信用信息公示系统 shows for 抽查检查结果: 未发现问题
 * (nothing found), 发现问题已责令改正 (findings, ordered to rectify within a deadline: seed 000
 * 工作要求2 提出整改建议和整改时限) and 发现问题待后续处理 (不合格 or practice suspended or a category cancelled:
 * seed 000 附件2 四 has the city 作出行政处理或处罚意见报河南省司法厅, so the handling follows the
 * inspection). The exact outcome is published beside it.
 * <p>
 * 抽查类型: a plan that draws its agencies at a rate or a count is 双随机抽查; a plan that
 * inspects every agency of its scope (新乡 2024: 抽查范围为全市司法鉴定机构) does not choose agencies at
 * random, so it is published as 定向抽查.
 */
public final class ResultWording {

	public static final String NOTHING_FOUND = "未发现问题";

	public static final String ORDERED_TO_RECTIFY = "发现问题已责令改正";

	public static final String FURTHER_HANDLING = "发现问题待后续处理";

	public static final String RANDOM = "双随机抽查";

	public static final String DIRECTED = "定向抽查";

	private ResultWording() {
	}

	public static String result(Outcome outcome, List<Action> actions, int findings) {
		if (outcome.failing() || actions.stream().anyMatch(Action::suspending)) {
			return FURTHER_HANDLING;
		}
		if (findings == 0 && actions.isEmpty()) {
			return NOTHING_FOUND;
		}
		return ORDERED_TO_RECTIFY;
	}

	public static String inspectionType(Sampling sampling) {
		return (sampling instanceof Sampling.All) ? DIRECTED : RANDOM;
	}

}
