/**
 * The official working-day calendar (法定节假日与调休) and what depends on it: the publication
 * deadline of an inspection's result, 20 working days after the inspection (一公开).
 * {@code WorkingDays} is built from a data file citing the State Council General Office's
 * notices ({@code CalendarFile}); a year missing from the file is an error, never a
 * weekend-only guess. The use case {@code PublicationDeadlines} reads the plan's tasks
 * through the plan and task features. Plain Java.
 */
package org.shuangsuiji.inspection.calendar;
