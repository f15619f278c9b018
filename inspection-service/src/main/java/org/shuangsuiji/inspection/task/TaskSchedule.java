package org.shuangsuiji.inspection.task;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import org.shuangsuiji.inspection.plan.Period;
import org.shuangsuiji.platform.problem.RuleViolationException;

/**
 * When the team visits and when the agency is told. Times are China Standard Time
 * ({@link #ZONE}, no daylight saving), so local date-times compare safely.
 * <p>
 * Rules (附件2 一): the visit is on a working day inside the plan's period; the agency is
 * notified no earlier than 24 hours before the start (通知被检查机构的时间不能早于24小时) and not after
 * it. Working day means Monday to Friday: public holidays and their swapped working
 * weekends (调休) are not modelled, the bureau keeps to them itself.
 *
 * @param day the day of the visit
 * @param start when the visit starts
 * @param notifyAt when the agency is notified
 */
public record TaskSchedule(LocalDate day, LocalTime start, LocalDateTime notifyAt) {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	public static final long MAX_NOTICE_HOURS = 24;

	/** Checks the rules against the plan's period; 422 naming the rule otherwise. */
	public static TaskSchedule of(LocalDate day, LocalTime start, LocalDateTime notifyAt, Period period) {
		if (!period.contains(day)) {
			throw new RuleViolationException("task-outside-period",
					"the visit on " + day + " lies outside the plan period " + period.start() + " to " + period.end())
				.with("field", "day");
		}
		if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
			throw new RuleViolationException("task-not-working-day",
					"inspections take place on working days; " + day + " is a " + day.getDayOfWeek())
				.with("field", "day");
		}
		LocalDateTime startsAt = day.atTime(start);
		if (notifyAt.isBefore(startsAt.minusHours(MAX_NOTICE_HOURS))) {
			throw new RuleViolationException("notification-too-early",
					"the agency may be notified no earlier than 24 hours before the start " + startsAt + "; " + notifyAt
							+ " is earlier")
				.with("field", "notifyAt");
		}
		if (notifyAt.isAfter(startsAt)) {
			throw new RuleViolationException("notification-after-start",
					"the agency must be notified before the start " + startsAt + "; " + notifyAt + " is later")
				.with("field", "notifyAt");
		}
		return new TaskSchedule(day, start, notifyAt);
	}

	public LocalDateTime startsAt() {
		return this.day.atTime(this.start);
	}

}
