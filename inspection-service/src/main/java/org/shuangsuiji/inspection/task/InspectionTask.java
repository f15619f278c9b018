package org.shuangsuiji.inspection.task;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.platform.problem.ConflictException;
import org.shuangsuiji.platform.region.RegionCode;

/**
 * The inspection of one drawn agency under one plan (检查任务).
 *
 * @param id {@code <planId>:<agencyId>}: an agency is drawn at most once per plan, so
 * creating tasks from a draw again never duplicates them
 * @param planId the plan
 * @param year the plan year (last year's tasks feed the inspected-last-year rule)
 * @param planRegion the organising region
 * @param agencyId registry agency id
 * @param agencyName 机构名称
 * @param agencyRegion where the agency sits (county scope)
 * @param team the team, inspectors first
 * @param schedule the visit and notification, {@code null} until scheduled
 * @param status where the task is
 * @param withdrawnReason why the agency was replaced, else {@code null}
 * @param version the stored version
 */
public record InspectionTask(String id, PlanId planId, int year, RegionCode planRegion, String agencyId,
		String agencyName, RegionCode agencyRegion, List<TaskMember> team, TaskSchedule schedule, TaskStatus status,
		String withdrawnReason, Long version) {

	public InspectionTask {
		team = List.copyOf(team);
	}

	public static String idOf(PlanId planId, String agencyId) {
		return planId.value() + ":" + agencyId;
	}

	public InspectionTask scheduled(TaskSchedule newSchedule) {
		requireActive();
		return new InspectionTask(this.id, this.planId, this.year, this.planRegion, this.agencyId, this.agencyName,
				this.agencyRegion, this.team, newSchedule, TaskStatus.SCHEDULED, null, this.version);
	}

	public InspectionTask withTeam(List<TaskMember> newTeam) {
		requireActive();
		return new InspectionTask(this.id, this.planId, this.year, this.planRegion, this.agencyId, this.agencyName,
				this.agencyRegion, newTeam, this.schedule, this.status, null, this.version);
	}

	public InspectionTask withdrawn(String reason) {
		return new InspectionTask(this.id, this.planId, this.year, this.planRegion, this.agencyId, this.agencyName,
				this.agencyRegion, this.team, this.schedule, TaskStatus.WITHDRAWN, reason, this.version);
	}

	/** Whether the agency has been told, so its own account may see the task. */
	public boolean notifiedBy(Instant now) {
		return this.schedule != null && this.status != TaskStatus.WITHDRAWN
				&& !LocalDateTime.ofInstant(now, TaskSchedule.ZONE).isBefore(this.schedule.notifyAt());
	}

	public boolean hasMember(String personId) {
		return this.team.stream().anyMatch((m) -> m.personId().equals(personId));
	}

	private void requireActive() {
		if (this.status == TaskStatus.WITHDRAWN) {
			throw new ConflictException("task-withdrawn",
					"task " + this.id + " was withdrawn: " + this.withdrawnReason);
		}
	}

}
