package org.shuangsuiji.registry.inspection;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.shuangsuiji.platform.event.DomainEvents;
import org.shuangsuiji.platform.problem.ConflictException;
import org.shuangsuiji.platform.problem.InvalidInputException;
import org.shuangsuiji.platform.problem.InvalidInputException.FieldError;
import org.shuangsuiji.platform.problem.OutOfScopeException;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.registry.agency.Agency;
import org.shuangsuiji.registry.agency.AgencyAccess;
import org.shuangsuiji.registry.agency.AgencyService;
import org.shuangsuiji.registry.history.RecordChanged;
import org.shuangsuiji.registry.history.SubjectKind;

/**
 * Records the settled outcome of an inspection's rectification item on the agency's
 * record, and writes it into the agency's history. Idempotent by task and item: the same
 * report again changes nothing and writes no history; a changed one replaces the entry
 * and the history says what changed. Who may write is decided by the records' owners,
 * never by the report: the agency as the registry keeps it (a bureau covering its region)
 * and the task as inspection-service answers the caller (a bureau organising its plan,
 * the task of this very agency, under the plan reported).
 */
public class InspectionRectificationService {

	/** The history action of a recorded outcome. */
	public static final String ACTION = "inspection-rectification-accepted";

	private final InspectionRectificationStore store;

	private final AgencyService agencies;

	private final InspectionTasks tasks;

	private final DomainEvents events;

	private final Clock clock;

	public InspectionRectificationService(InspectionRectificationStore store, AgencyService agencies,
			InspectionTasks tasks, DomainEvents events, Clock clock) {
		this.store = store;
		this.agencies = agencies;
		this.tasks = tasks;
		this.events = events;
		this.clock = clock;
	}

	public Recorded record(Caller caller, String agencyId, String taskId, String itemId, RectificationReport report) {
		caller.requireBureau();
		Agency agency = this.agencies.require(agencyId);
		caller.requireCovers(agency.profile().regionCode());
		requireOrganisedTaskOf(agencyId, taskId, report);
		InspectionRectification entry = InspectionRectification.of(agencyId, taskId, itemId, report, caller,
				this.clock.instant());
		this.store.find(taskId, itemId).filter((kept) -> !kept.agencyId().equals(agencyId)).ifPresent((kept) -> {
			throw new ConflictException("inspection-rectification-other-agency", "item " + itemId + " of inspection "
					+ taskId + " is recorded for agency " + kept.agencyId() + ", not " + agencyId)
				.with("agencyId", kept.agencyId());
		});
		Optional<InspectionRectification> before = this.store.put(entry);
		if (before.filter(entry::equals).isEmpty()) {
			this.events.publish(new RecordChanged(SubjectKind.AGENCY, agencyId, agency.profile().regionCode(), caller,
					ACTION, source(taskId, itemId), before.orElse(null), entry));
		}
		return new Recorded(entry, before.isEmpty());
	}

	/**
	 * The task's owner decides: 403 unless the caller organises it, 409 when it is
	 * another agency's, 400 when the report names another plan.
	 */
	private void requireOrganisedTaskOf(String agencyId, String taskId, RectificationReport report) {
		InspectionTasks.InspectedTask task = this.tasks.of(taskId);
		if (!task.organisedByCaller()) {
			throw new OutOfScopeException(
					"only a bureau organising inspection " + taskId + " records its rectification outcomes");
		}
		if (!agencyId.equals(task.agencyId())) {
			throw new ConflictException("inspection-rectification-other-agency",
					"inspection " + taskId + " is of agency " + task.agencyId() + ", not " + agencyId)
				.with("agencyId", task.agencyId());
		}
		if (report.planId() != null && !report.planId().isBlank() && !report.planId().strip().equals(task.planId())) {
			throw new InvalidInputException("invalid-input",
					List.of(new FieldError("planId", "inspection " + taskId + " is of plan " + task.planId())));
		}
	}

	/** The agency's outcomes, for whoever may read the agency. */
	public List<InspectionRectification> ofAgency(Caller caller, String agencyId) {
		Agency agency = this.agencies.require(agencyId);
		AgencyAccess.requireRead(caller, agencyId, agency.profile().regionCode());
		return this.store.ofAgency(agencyId);
	}

	/** The history's {@code source}: which inspection item the change came from. */
	static String source(String taskId, String itemId) {
		return "inspection:" + taskId + "/" + itemId;
	}

}
