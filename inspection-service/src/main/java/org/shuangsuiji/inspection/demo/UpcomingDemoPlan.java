package org.shuangsuiji.inspection.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.shuangsuiji.inspection.plan.Period;
import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.inspection.plan.PlanScope;
import org.shuangsuiji.inspection.plan.PlanTerms;
import org.shuangsuiji.inspection.plan.Sampling;
import org.shuangsuiji.inspection.plan.TeamRules;
import org.shuangsuiji.inspection.plan.TemplateRef;
import org.shuangsuiji.platform.region.RegionCode;

/**
 * A 新乡 plan of the coming weeks for the agencies of 原阳县, so that the local run holds an
 * inspection that is scheduled but not yet notified (unannounced: only the city and the
 * team see its date). Its year follows the local run's clock: the year of the visit two
 * weeks after the first start. The 2024 plan stays as it is (the demo story and the
 * browser tests rely on it).
 */
final class UpcomingDemoPlan {

	/** Fixed, so a later start finds the plan instead of adding another. */
	static final PlanId ID = new PlanId("demo-xinxiang-upcoming");

	static final String SEED = "DEMO-原阳-即将开展的检查（虚构）";

	static final String SEED_NOTE = "演示数据，虚构: 尚未通知的检查";

	/** 原阳县, where the demo agency account {@code xinxiang-agency-2} is. */
	static final RegionCode SCOPE = RegionCode.of("410725");

	/** The agency whose visit is scheduled: demo-xx-02 (原阳). */
	static final String AGENCY = "demo-xx-02";

	/** How far ahead the visit lies, so the notice time stays in the future for weeks. */
	static final int DAYS_AHEAD = 21;

	static final LocalTime START = LocalTime.of(9, 0);

	private UpcomingDemoPlan() {
	}

	/** The first working day (Monday to Friday) {@value #DAYS_AHEAD} days after today. */
	static LocalDate visitDay(LocalDate today) {
		LocalDate day = today.plusDays(DAYS_AHEAD);
		while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
			day = day.plusDays(1);
		}
		return day;
	}

	/** The agency is told the day before at the start time, 24 hours ahead. */
	static LocalDateTime notifyAt(LocalDate visitDay) {
		return visitDay.minusDays(1).atTime(START);
	}

	/**
	 * The whole year of the visit; all agencies of 原阳县, dossiers from the year before,
	 * the 新乡 checklist, teams of two certified inspectors.
	 */
	static PlanTerms terms(LocalDate today) {
		int year = visitDay(today).getYear();
		RegionCode xinxiang = RegionCode.of("410700");
		return new PlanTerms(year, year + "年度新乡市司法鉴定行业“双随机、一公开”监督检查（原阳县，演示：尚未通知）", xinxiang,
				new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)), PlanScope.allCategories(SCOPE),
				new Sampling.All(), TeamRules.minimal(), List.of(), new TemplateRef("xinxiang-2024-checklist", 2),
				LocalDate.of(year, 12, 31), LocalDate.of(year - 1, 1, 1), XinxiangDemoPlan.LEGAL_BASIS);
	}

}
