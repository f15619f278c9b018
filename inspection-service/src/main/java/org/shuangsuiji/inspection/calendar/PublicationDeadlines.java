package org.shuangsuiji.inspection.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.shuangsuiji.inspection.disclosure.DisclosureService;
import org.shuangsuiji.inspection.plan.Plan;
import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.inspection.plan.PlanService;
import org.shuangsuiji.inspection.plan.PlanStatus;
import org.shuangsuiji.inspection.task.InspectionTask;
import org.shuangsuiji.inspection.task.TaskSchedule;
import org.shuangsuiji.inspection.task.TaskService;
import org.shuangsuiji.inspection.task.TaskStatus;
import org.shuangsuiji.platform.security.Caller;

/**
 * The publication deadlines of a plan's inspections (一公开, issue 10 Disclosure): each
 * result is public within {@value #WORKING_DAYS} working days after the inspection,
 * counted on the official calendar. A result counts as published once its inspection's
 * result is published (一公开, {@link DisclosureService}), or when the bureau disclosed the
 * whole plan ({@link PlanStatus#DISCLOSED}).
 * <p>
 * The caller sees the deadlines of the tasks it may read (the visit day of an unannounced
 * inspection stays hidden from whoever may not see the task); unscheduled and withdrawn
 * tasks have none.
 */
public class PublicationDeadlines {

	public static final int WORKING_DAYS = 20;

	private final PlanService plans;

	private final TaskService tasks;

	private final DisclosureService disclosure;

	private final WorkingDays calendar;

	private final Clock clock;

	public PublicationDeadlines(PlanService plans, TaskService tasks, DisclosureService disclosure,
			WorkingDays calendar, Clock clock) {
		this.plans = plans;
		this.tasks = tasks;
		this.disclosure = disclosure;
		this.calendar = calendar;
		this.clock = clock;
	}

	/**
	 * The plan's deadlines by task id; only the overdue ones when {@code overdueOnly}.
	 */
	public List<PublicationDeadline> of(Caller caller, Optional<String> personId, PlanId planId, boolean overdueOnly) {
		Plan plan = this.plans.get(caller, planId);
		boolean planDisclosed = plan.status() == PlanStatus.DISCLOSED;
		Set<String> published = this.disclosure.publishedTasks(planId);
		LocalDate today = today();
		return this.tasks.list(caller, personId, planId, null)
			.stream()
			.filter((task) -> task.schedule() != null && task.status() != TaskStatus.WITHDRAWN)
			.map((task) -> deadline(task, planDisclosed || published.contains(task.id()), today))
			.filter((deadline) -> !overdueOnly || deadline.overdue())
			.toList();
	}

	/** Today in China Standard Time, the day against which deadlines are judged. */
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(TaskSchedule.ZONE));
	}

	private PublicationDeadline deadline(InspectionTask task, boolean published, LocalDate today) {
		LocalDate day = task.schedule().day();
		LocalDate deadline = this.calendar.after(day, WORKING_DAYS);
		return new PublicationDeadline(task.id(), task.agencyId(), task.agencyName(), day, deadline, published,
				!published && today.isAfter(deadline));
	}

}
