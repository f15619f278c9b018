package org.shuangsuiji.inspection.calendar;

import java.time.LocalDate;

/**
 * When one inspection's result must be public: {@link PublicationDeadlines#WORKING_DAYS}
 * working days after the inspection day.
 *
 * @param taskId the task
 * @param agencyId the inspected agency
 * @param agencyName 机构名称
 * @param inspectionDay the day of the visit
 * @param deadline the last day on which the result may be published
 * @param published whether the result is public
 * @param overdue not published and the deadline has passed (China Standard Time)
 */
public record PublicationDeadline(String taskId, String agencyId, String agencyName, LocalDate inspectionDay,
		LocalDate deadline, boolean published, boolean overdue) {

}
