package org.shuangsuiji.inspection.task;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.shuangsuiji.inspection.plan.Actor;
import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.platform.event.DomainEvents;
import org.shuangsuiji.platform.problem.NotFoundException;
import org.shuangsuiji.platform.problem.RuleViolationException;
import org.shuangsuiji.platform.security.Caller;

/**
 * The on-site steps of seed 000 附件2 二 (ADR 0404): check-in, checking, the internal
 * discussion, the fact sheet and the agency's answer to it, closing. Each step loads the
 * task (404), checks who is calling (403), checks the order (409), and saves against the
 * stored version, so two members pressing the same step cannot both win; then it
 * publishes an event for the audit trail and the metrics.
 */
public class OnSiteService {

	/** The photos seed 000 附件2 二(一) asks for: gate, meeting, process. */
	public static final Set<String> REQUIRED_PHOTOS = Set.of("GATE_PHOTO", "MEETING_PHOTO", "PROCESS_PHOTO");

	private final TaskStore tasks;

	private final AgencyDirectory agencies;

	private final TaskEvidence evidence;

	private final OfficialSheets sheets;

	private final DomainEvents events;

	private final Clock clock;

	public OnSiteService(TaskStore tasks, AgencyDirectory agencies, TaskEvidence evidence, OfficialSheets sheets,
			DomainEvents events, Clock clock) {
		this.tasks = tasks;
		this.agencies = agencies;
		this.evidence = evidence;
		this.sheets = sheets;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The door of the team's steps, checked before their body (403 for others). Answers
	 * the task as read, for the step.
	 */
	public TeamTask requireTeam(Caller caller, String id) {
		InspectionTask task = load(id);
		TaskAccess.requireTeam(caller, task);
		return new TeamTask(caller, task);
	}

	/**
	 * The door of the agency's answer to its fact sheet, checked before the body (403 for
	 * others). Answers the task as read, for the answer.
	 */
	public AgencyTask requireAgency(Caller caller, String id) {
		InspectionTask task = load(id);
		TaskAccess.requireAgency(caller, task, now());
		return new AgencyTask(caller, task);
	}

	/**
	 * The team arrived; {@code at} (default now) lies between the notice time and now.
	 */
	public TaskView checkIn(Caller caller, String id, Instant at, String note) {
		InspectionTask task = load(id);
		TaskAccess.requireTeam(caller, task);
		Instant now = now();
		Instant arrived = (at != null) ? at.truncatedTo(ChronoUnit.MILLIS) : now;
		return saved(caller, task.checkIn(Actor.of(caller), arrived, note, now));
	}

	public TaskView startChecking(Caller caller, String id) {
		InspectionTask task = load(id);
		TaskAccess.requireTeam(caller, task);
		return saved(caller, task.startChecking(Actor.of(caller), now()));
	}

	public TaskView findingsDiscussed(TeamTask team, List<String> mainFindings) {
		Caller caller = team.caller();
		InspectionTask task = team.subject();
		return saved(caller, task.findingsDiscussed(mainFindings, Actor.of(caller), now()));
	}

	/**
	 * Issues the fact sheet from the registry's record of the agency; the facts default
	 * to the main findings.
	 */
	public TaskView issueFactSheet(TeamTask team, List<BusinessCategory> categoriesInspected, List<String> facts) {
		Caller caller = team.caller();
		InspectionTask task = team.subject();
		task.requireStep(TaskStatus.FACT_SHEET_ISSUED);
		RegisteredAgency agency = this.agencies.agency(task.agencyId());
		List<String> stated = (facts != null && !facts.isEmpty()) ? facts : task.onSite().mainFindings();
		FactSheet sheet = FactSheet.issue(agency, categoriesInspected, stated, task.team(), Actor.of(caller), now());
		return saved(caller, task.factSheetIssued(sheet, Actor.of(caller)));
	}

	/**
	 * The task whose fact sheet the caller reads: team, organiser, a bureau covering the
	 * agency, and the agency from the notice time on (403 otherwise); 404
	 * {@code fact-sheet-not-found} before it is issued.
	 */
	public InspectionTask factSheet(Caller caller, String id) {
		InspectionTask task = load(id);
		TaskAccess.require(caller, task, now());
		if (task.onSite().factSheet() == null) {
			throw new NotFoundException("fact-sheet-not-found", "task " + id + " has no fact sheet yet");
		}
		return task;
	}

	/** The agency's account confirms the fact sheet with the scan of the signed copy. */
	public TaskView confirmFactSheet(AgencyTask agency, String signedScanEvidenceId, String opinion) {
		Caller caller = agency.caller();
		InspectionTask task = agency.subject();
		Instant now = now();
		Actor by = Actor.of(caller);
		return saved(caller, task
			.factSheetSigned(new FactSheetAnswer.Signed(signedScanEvidenceId, opinion, now, by.userId(), by.name())));
	}

	/** The team records that the agency refused to sign, with the evidence it kept. */
	public TaskView refuseFactSheet(TeamTask team, String reason, List<String> evidenceIds) {
		Caller caller = team.caller();
		InspectionTask task = team.subject();
		Actor by = Actor.of(caller);
		return saved(caller,
				task.factSheetRefused(new FactSheetAnswer.Refused(reason, evidenceIds, now(), by.userId(), by.name())));
	}

	/**
	 * Closes the task (team or organiser). Checks, in this order and before anything is
	 * written: the gate, meeting and process photos are in the evidence (422
	 * {@code photos-missing}); the official sheet is submitted (422
	 * {@code sheet-not-submitted}). Then closes the evidence and seals the task with the
	 * evidence chain's head and the sheet's result hash.
	 */
	public TaskView close(Caller caller, String id, String note) {
		InspectionTask task = load(id);
		TaskAccess.requireTeamOrOrganiser(caller, task, now());
		task.requireStep(TaskStatus.CLOSED);
		TaskEvidence.Chain chain = this.evidence.chain(id);
		Set<String> missing = new TreeSet<>(REQUIRED_PHOTOS);
		missing.removeAll(chain.kinds());
		if (!missing.isEmpty()) {
			throw new RuleViolationException("photos-missing",
					"closing needs the gate, meeting and process photos (附件2 二(一)); missing: " + missing)
				.with("missing", List.copyOf(missing));
		}
		OfficialSheets.OfficialSheet sheet = this.sheets.of(id)
			.filter(OfficialSheets.OfficialSheet::submitted)
			.orElseThrow(() -> new RuleViolationException("sheet-not-submitted",
					"closing needs the task's official score sheet submitted"));
		String head = this.evidence.close(id, note).orElse(chain.headHash());
		Seal seal = new Seal(head, sheet.id(), sheet.resultHash(), now());
		Actor by = Actor.of(caller);
		InspectionTask saved = this.tasks.save(task.closed(seal, by, note));
		this.events.publish(new TaskEvent.Sealed(by, saved, seal));
		return view(caller, saved);
	}

	private TaskView saved(Caller caller, InspectionTask stepped) {
		InspectionTask saved = this.tasks.save(stepped);
		List<TaskStep> steps = saved.onSite().steps();
		this.events.publish(new TaskEvent.StepTaken(Actor.of(caller), saved, steps.get(steps.size() - 1)));
		return view(caller, saved);
	}

	private TaskView view(Caller caller, InspectionTask task) {
		Instant now = now();
		return TaskView.of(task, TaskAccess.require(caller, task, now), now);
	}

	private InspectionTask load(String id) {
		return this.tasks.find(id).orElseThrow(() -> new NotFoundException("task-not-found", "no task " + id));
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
