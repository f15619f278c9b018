package org.shuangsuiji.inspection.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.shuangsuiji.inspection.task.TaskSchedule;

/**
 * When each past step of one history line happened, all derived from its visit and
 * publication day so that a rerun takes every step at the same time. The visit follows
 * seed 000 附件2 二: notice 24 hours before the start (the earliest the rule allows), then
 * on the visit day check-in at the start, checking, the internal discussion, the fact
 * sheet and the agency's answer, closing. The bureau decides on the next working day
 * (Monday to Friday, as {@link TaskSchedule}), or on the publication day when that comes
 * first, and sets the rectification items right after; the agency answers two weeks
 * later, the bureau accepts two days after that, inside the 30-day deadline.
 *
 * @param notifyAt when the agency is told (local time)
 * @param checkIn the team arrives
 * @param checking checking starts after the opening meeting
 * @param discussed the internal discussion fixed the main findings
 * @param issued the fact sheet is handed over
 * @param answered the agency signs or refuses
 * @param closed the task is closed and sealed
 * @param decided the bureau records its conclusion
 * @param reviewed the province decides, where it reviews
 * @param itemsSet the bureau sets the rectification items
 * @param deadline their 整改时限
 * @param rectifiedAt the agency answers them
 * @param acceptedAt the bureau accepts them
 * @param publishedAt the result is published, {@code null} before publication
 */
record HistoryTimes(LocalDateTime notifyAt, Instant checkIn, Instant checking, Instant discussed, Instant issued,
		Instant answered, Instant closed, Instant decided, Instant reviewed, Instant itemsSet, LocalDate deadline,
		Instant rectifiedAt, Instant acceptedAt, Instant publishedAt) {

	static final int RECTIFICATION_DAYS = 30;

	static HistoryTimes of(LocalDate visitDay, LocalTime visitStart, LocalDate publishedDay) {
		LocalDateTime start = visitDay.atTime(visitStart);
		LocalDateTime closed = start.plusMinutes(270);
		LocalDate decisionDay = nextWorkingDay(visitDay);
		if (publishedDay != null && publishedDay.isBefore(decisionDay)) {
			decisionDay = publishedDay;
		}
		LocalDateTime decided = decisionDay.equals(visitDay) ? closed.plusMinutes(30) : decisionDay.atTime(10, 0);
		LocalDateTime reviewed = decided.plusMinutes(30);
		LocalDateTime itemsSet = reviewed.plusMinutes(30);
		LocalDateTime rectified = itemsSet.toLocalDate().plusDays(14).atTime(10, 0);
		LocalDateTime published = null;
		if (publishedDay != null) {
			published = publishedDay.atTime(15, 0);
			if (!published.isAfter(reviewed)) {
				published = reviewed.plusMinutes(15);
			}
		}
		return new HistoryTimes(start.minusHours(TaskSchedule.MAX_NOTICE_HOURS), at(start), at(start.plusMinutes(30)),
				at(start.plusMinutes(180)), at(start.plusMinutes(210)), at(start.plusMinutes(240)), at(closed),
				at(decided), at(reviewed), at(itemsSet), decisionDay.plusDays(RECTIFICATION_DAYS), at(rectified),
				at(rectified.plusDays(2)), (published != null) ? at(published) : null);
	}

	/** The step's time as an instant, for the clock of the use cases. */
	private static Instant at(LocalDateTime local) {
		return local.atZone(TaskSchedule.ZONE).toInstant();
	}

	private static LocalDate nextWorkingDay(LocalDate day) {
		LocalDate next = day.plusDays(1);
		while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
			next = next.plusDays(1);
		}
		return next;
	}

}
