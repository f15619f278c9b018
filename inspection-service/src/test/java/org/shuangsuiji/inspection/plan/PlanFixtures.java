package org.shuangsuiji.inspection.plan;

import java.time.LocalDate;
import java.util.List;

import org.shuangsuiji.platform.region.RegionCode;

/** Plans that read like the 新乡 2024 work plan. */
public final class PlanFixtures {

	public static final RegionCode XINXIANG = RegionCode.of("410700");

	public static final RegionCode HENAN = RegionCode.of("410000");

	public static final RegionCode YUANYANG = RegionCode.of("410725");

	private PlanFixtures() {
	}

	/** 2024年度新乡市司法鉴定行业"双随机、一公开"监督检查: all agencies, 6月3日 to 6月底. */
	public static PlanTerms xinxiang2024() {
		return xinxiang2024(new Sampling.All(), TeamRules.minimal());
	}

	public static PlanTerms xinxiang2024(Sampling sampling, TeamRules teamRules) {
		return new PlanTerms(2024, "2024年度新乡市司法鉴定行业“双随机、一公开”监督检查", XINXIANG,
				new Period(LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 30)), PlanScope.allCategories(XINXIANG),
				sampling, teamRules, List.of(), new TemplateRef("xinxiang-2024-checklist", 1),
				LocalDate.of(2024, 9, 30), LocalDate.of(2023, 1, 1), "依据《司法鉴定程序通则》等法律法规、部门规章和规范性文件。");
	}

	public static Plan publishedXinxiangPlan() {
		return Plan.draft(xinxiang2024(), new Actor("u-city", "新乡市司法局"), java.time.Instant.EPOCH)
			.publish(java.time.Instant.EPOCH);
	}

}
