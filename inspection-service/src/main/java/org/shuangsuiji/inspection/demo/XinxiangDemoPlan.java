package org.shuangsuiji.inspection.demo;

import java.time.LocalDate;
import java.util.List;

import org.shuangsuiji.inspection.plan.Period;
import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.inspection.plan.PlanScope;
import org.shuangsuiji.inspection.plan.PlanTerms;
import org.shuangsuiji.inspection.plan.Sampling;
import org.shuangsuiji.inspection.plan.TeamRules;
import org.shuangsuiji.inspection.plan.TemplateRef;
import org.shuangsuiji.platform.region.RegionCode;

/** The 新乡 2024 work plan (seed 000, sections 一 to 四) as a demo plan. */
final class XinxiangDemoPlan {

	/** Fixed, so a second start finds the plan instead of adding another. */
	static final PlanId ID = new PlanId("demo-xinxiang-2024");

	static final String SEED = "DEMO-(2024)豫新证字第0603号（虚构公证书编号）";

	static final String SEED_NOTE = "演示数据，虚构: 公证处现场摇号编号";

	/**
	 * The label of the draw's fixed randomness ({@link DemoDrawRandom}): the secret and
	 * the privacy salt of this {@code /2} draw, the same on every local run. Its number
	 * was found by trying {@code demo-xinxiang-2024/0}, {@code /1}, … against the demo
	 * pool until the first whose teams seat the demo accounts where the demo story needs
	 * them (ADR 0405, "The local run's demo draw"): {@code xinxiang-inspector-1} to
	 * {@code -4} on demo-xx-01 to -04, {@code -4} also on demo-xx-29
	 * ({@code xinxiang-agency-5}), four more tasks among the four, {@code -2} not on
	 * demo-xx-01 and {@code -1} not on demo-xx-02.
	 */
	static final String DRAW_RANDOMNESS = "demo-xinxiang-2024/34115";

	/** Section 二 抽查工作依据, verbatim. */
	static final String LEGAL_BASIS = "依据中办、国办《关于健全统一司法鉴定管理体制的实施意见》《全国人民代表大会常务委员会关于司法鉴定管理问题的决定》"
			+ "《司法鉴定程序通则》《司法鉴定机构登记管理办法》《司法鉴定人登记管理办法》《国务院办公厅关于推广随机抽查规范事中事后监管的通知》"
			+ "《司法部关于进一步深化改革 强化监管提高司法鉴定质量和公信力的意见》《司法鉴定机构登记评审细则》等法律法规、部门规章和规范性文件。";

	private XinxiangDemoPlan() {
	}

	/**
	 * 全市司法鉴定机构 (all agencies), 6月3日 to 6月底, dossiers from 2023-01-01, self-inspection
	 * reports due at the end of September, teams of two certified inspectors.
	 */
	static PlanTerms terms() {
		RegionCode xinxiang = RegionCode.of("410700");
		return new PlanTerms(2024, "2024年度新乡市司法鉴定行业“双随机、一公开”监督检查", xinxiang,
				new Period(LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 30)), PlanScope.allCategories(xinxiang),
				new Sampling.All(), TeamRules.minimal(), List.of(), new TemplateRef("xinxiang-2024-checklist", 2),
				LocalDate.of(2024, 9, 30), LocalDate.of(2023, 1, 1), LEGAL_BASIS);
	}

}
