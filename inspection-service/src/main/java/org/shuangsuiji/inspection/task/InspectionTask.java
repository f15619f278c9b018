package org.shuangsuiji.inspection.task;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.shuangsuiji.inspection.draw.PersonKind;
import org.shuangsuiji.inspection.plan.Actor;
import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.platform.problem.ConflictException;
import org.shuangsuiji.platform.problem.RuleViolationException;
import org.shuangsuiji.platform.region.RegionCode;

/**
 * The inspection of one drawn agency under one plan (检查任务). The task is the inspection
 * (ADR 0404): its id is the {@code inspectionId} of score sheets and evidence, and its
 * on-site steps follow {@link TaskStatus#reachedFrom()}.
 *
 * @param id {@code <planId>:<agencyId>}: an agency is drawn at most once per plan, so
 * creating tasks from a draw again never duplicates them
 * @param planId the plan
 * @param year the plan year (last year's tasks feed the inspected-last-year rule)
 * @param planRegion the organising region
 * @param agencyId registry agency id
 * @param agencyName 机构名称
 * @param agencyRegion where the agency sits (county scope)
 * @param team the current team (after replacements), inspectors first
 * @param schedule the visit and notification, {@code null} until scheduled
 * @param status where the task is
 * @param withdrawnReason why the agency was replaced, else {@code null}
 * @param onSite what the team recorded on site
 * @param version the stored version
 */
public record InspectionTask(String id, PlanId planId, int year, RegionCode planRegion, String agencyId,
		String agencyName, RegionCode agencyRegion, List<TaskMember> team, TaskSchedule schedule, TaskStatus status,
		String withdrawnReason, OnSite onSite, Long version) {

	public InspectionTask {
		team = List.copyOf(team);
		onSite = (onSite != null) ? onSite : OnSite.NONE;
	}

	/** A task before anything happened on site. */
	public InspectionTask(String id, PlanId planId, int year, RegionCode planRegion, String agencyId, String agencyName,
			RegionCode agencyRegion, List<TaskMember> team, TaskSchedule schedule, TaskStatus status,
			String withdrawnReason, Long version) {
		this(id, planId, year, planRegion, agencyId, agencyName, agencyRegion, team, schedule, status, withdrawnReason,
				OnSite.NONE, version);
	}

	public static String idOf(PlanId planId, String agencyId) {
		return planId.value() + ":" + agencyId;
	}

	/** Sets or moves the visit; only before the team checked in. */
	public InspectionTask scheduled(TaskSchedule newSchedule) {
		requireActive();
		if (this.status != TaskStatus.PLANNED && this.status != TaskStatus.SCHEDULED) {
			throw outOfOrder(TaskStatus.SCHEDULED);
		}
		return new InspectionTask(this.id, this.planId, this.year, this.planRegion, this.agencyId, this.agencyName,
				this.agencyRegion, this.team, newSchedule, TaskStatus.SCHEDULED, null, this.onSite, this.version);
	}

	public InspectionTask withTeam(List<TaskMember> newTeam) {
		requireActive();
		return new InspectionTask(this.id, this.planId, this.year, this.planRegion, this.agencyId, this.agencyName,
				this.agencyRegion, newTeam, this.schedule, this.status, null, this.onSite, this.version);
	}

	public InspectionTask withdrawn(String reason) {
		return new InspectionTask(this.id, this.planId, this.year, this.planRegion, this.agencyId, this.agencyName,
				this.agencyRegion, this.team, this.schedule, TaskStatus.WITHDRAWN, reason, this.onSite, this.version);
	}

	/**
	 * The team arrived (检查组抵达) at {@code at}, which lies between the notice time and
	 * {@code now}; 422 otherwise.
	 */
	public InspectionTask checkIn(Actor by, Instant at, String note, Instant now) {
		requireStep(TaskStatus.CHECKED_IN);
		if (at.isAfter(now)) {
			throw new RuleViolationException("check-in-in-future",
					"the check-in time " + at + " lies after now (" + now + ")")
				.with("field", "at");
		}
		if (!notifiedBy(at)) {
			throw new RuleViolationException("check-in-before-notice", "the team checks in from the notice time "
					+ this.schedule.notifyAt() + " (China Standard Time) on; " + at + " is earlier")
				.with("field", "at");
		}
		return step(TaskStep.of(TaskStatus.CHECKED_IN, at, by, note), this.onSite);
	}

	/** The opening meeting is over, checking item by item starts (见面会后逐项检查). */
	public InspectionTask startChecking(Actor by, Instant now) {
		requireStep(TaskStatus.CHECKING);
		return step(TaskStep.of(TaskStatus.CHECKING, now, by, null), this.onSite);
	}

	/** The internal discussion fixed the main findings (内部讨论，汇总并确定主要检查发现问题). */
	public InspectionTask findingsDiscussed(List<String> mainFindings, Actor by, Instant now) {
		requireStep(TaskStatus.FINDINGS_DISCUSSED);
		return step(TaskStep.of(TaskStatus.FINDINGS_DISCUSSED, now, by, null), this.onSite.withFindings(mainFindings));
	}

	/** The fact sheet was printed and handed over (出具事实确认单). */
	public InspectionTask factSheetIssued(FactSheet sheet, Actor by) {
		requireStep(TaskStatus.FACT_SHEET_ISSUED);
		return step(TaskStep.of(TaskStatus.FACT_SHEET_ISSUED, sheet.issuedAt(), by, null),
				this.onSite.withFactSheet(sheet));
	}

	/** The agency signed the fact sheet. */
	public InspectionTask factSheetSigned(FactSheetAnswer.Signed answer) {
		requireStep(TaskStatus.FACT_SHEET_SIGNED);
		return step(new TaskStep(TaskStatus.FACT_SHEET_SIGNED, answer.at(), answer.byUserId(), answer.byName(),
				answer.opinion()), this.onSite.withAnswer(answer));
	}

	/** The agency refused to sign; the team recorded it with its evidence. */
	public InspectionTask factSheetRefused(FactSheetAnswer.Refused answer) {
		requireStep(TaskStatus.FACT_SHEET_REFUSED);
		return step(new TaskStep(TaskStatus.FACT_SHEET_REFUSED, answer.at(), answer.byUserId(), answer.byName(),
				answer.reason()), this.onSite.withAnswer(answer));
	}

	/** On-site work is over and sealed. */
	public InspectionTask closed(Seal seal, Actor by, String note) {
		requireStep(TaskStatus.CLOSED);
		return step(TaskStep.of(TaskStatus.CLOSED, seal.sealedAt(), by, note), this.onSite.withSeal(seal));
	}

	/**
	 * 409 {@code task-withdrawn} for a withdrawn task, 409 {@code task-step-out-of-order}
	 * (naming {@code current} and {@code wanted}) unless {@code wanted} follows the
	 * current state.
	 */
	public void requireStep(TaskStatus wanted) {
		requireActive();
		if (!wanted.reachedFrom().contains(this.status)) {
			throw outOfOrder(wanted);
		}
	}

	/** Whether the agency has been told, so its own account may see the task. */
	public boolean notifiedBy(Instant now) {
		return this.schedule != null && this.status != TaskStatus.WITHDRAWN
				&& !LocalDateTime.ofInstant(now, TaskSchedule.ZONE).isBefore(this.schedule.notifyAt());
	}

	public boolean hasMember(String personId) {
		return this.team.stream().anyMatch((m) -> m.personId().equals(personId));
	}

	/** Whether the current team lists the person with that kind. */
	public boolean hasMember(String personId, PersonKind kind) {
		return this.team.stream().anyMatch((m) -> m.personId().equals(personId) && m.kind() == kind);
	}

	/** When the team checked in, if it did. */
	public Optional<Instant> checkedInAt() {
		return this.onSite.steps()
			.stream()
			.filter((s) -> s.status() == TaskStatus.CHECKED_IN)
			.map(TaskStep::at)
			.findFirst();
	}

	private InspectionTask step(TaskStep step, OnSite recorded) {
		return new InspectionTask(this.id, this.planId, this.year, this.planRegion, this.agencyId, this.agencyName,
				this.agencyRegion, this.team, this.schedule, step.status(), null, recorded.with(step), this.version);
	}

	private ConflictException outOfOrder(TaskStatus wanted) {
		return (ConflictException) new ConflictException("task-step-out-of-order",
				"task " + this.id + " is " + this.status + "; " + wanted + " cannot follow it")
			.with("current", this.status.name())
			.with("wanted", wanted.name());
	}

	private void requireActive() {
		if (this.status == TaskStatus.WITHDRAWN) {
			throw new ConflictException("task-withdrawn",
					"task " + this.id + " was withdrawn: " + this.withdrawnReason);
		}
	}

}
