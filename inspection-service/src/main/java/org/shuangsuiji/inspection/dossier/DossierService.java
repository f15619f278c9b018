package org.shuangsuiji.inspection.dossier;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.shuangsuiji.inspection.plan.Actor;
import org.shuangsuiji.inspection.plan.Plan;
import org.shuangsuiji.inspection.plan.PlanService;
import org.shuangsuiji.inspection.task.InspectionTask;
import org.shuangsuiji.inspection.task.TaskRelation;
import org.shuangsuiji.inspection.task.TaskService;
import org.shuangsuiji.inspection.task.TaskStatus;
import org.shuangsuiji.inspection.task.TaskView;
import org.shuangsuiji.platform.event.DomainEvents;
import org.shuangsuiji.platform.problem.ConflictException;
import org.shuangsuiji.platform.problem.InvalidInputException;
import org.shuangsuiji.platform.problem.InvalidInputException.FieldError;
import org.shuangsuiji.platform.problem.NotFoundException;
import org.shuangsuiji.platform.problem.OutOfScopeException;
import org.shuangsuiji.platform.problem.RuleViolationException;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.tables.Table;

/**
 * Dossier sampling of a task (抽查鉴定档案, seed 000 附件1: the team's work on site). Reading
 * follows the task (whoever reads the task reads its sample, 404 otherwise). Importing,
 * committing, drawing and reviewing belong to the task's current team while it is on site
 * ({@link #ON_SITE}): 403 for every other relation, the organiser and the province
 * included (they read), 409 {@code task-not-on-site} in any other state.
 */
public class DossierService {

	public static final int MAX_NOTE = 1000;

	/**
	 * The states in which the team samples: from its arrival to the internal discussion
	 * that fixes the findings, the same window in which it answers the checklist.
	 */
	public static final Set<TaskStatus> ON_SITE = Collections
		.unmodifiableSet(EnumSet.of(TaskStatus.CHECKED_IN, TaskStatus.CHECKING, TaskStatus.FINDINGS_DISCUSSED));

	private final TaskService tasks;

	private final PlanService plans;

	private final DossierStore store;

	private final RegisterReader reader;

	private final DomainEvents events;

	private final SecureRandom seedRandom;

	private final Clock clock;

	public DossierService(TaskService tasks, PlanService plans, DossierStore store, RegisterReader reader,
			DomainEvents events, SecureRandom seedRandom, Clock clock) {
		this.tasks = tasks;
		this.plans = plans;
		this.store = store;
		this.reader = reader;
		this.events = events;
		this.seedRandom = seedRandom;
		this.clock = clock;
	}

	public Dossier get(Caller caller, Optional<String> personId, String taskId) {
		InspectionTask task = this.tasks.get(caller, personId, taskId);
		return this.store.find(task.id()).orElseGet(() -> Dossier.empty(task.id()));
	}

	/**
	 * Reads and checks the whole file, then stores it as the task's register of that kind
	 * (replacing an earlier one); a file with any bad row stores nothing (400). Refused
	 * once the inputs are committed.
	 */
	public Dossier importRegister(DossierTeam team, RegisterKind kind, String fileName, String contentType,
			byte[] content) {
		Caller caller = team.caller();
		Managed managed = manageable(team);
		Dossier dossier = current(managed.task());
		requireNotCommitted(dossier);
		Table table = this.reader.read(fileName, contentType, content);
		List<RegisterRow> rows = RegisterCheck.check(kind, table);
		Register register = new Register(kind, fileName, rows, Actor.of(caller), this.clock.instant());
		Dossier saved = this.store.save(dossier.withRegister(register));
		this.events.publish(new DossierEvent.RegisterImported(register.importedBy(), saved.taskId(), managed.region(),
				kind, fileName, rows.size()));
		return saved;
	}

	/**
	 * Fixes the inputs: the files of the registers from the plan's window start to the
	 * inspection day, the sample size (default and minimum 20), the core categories
	 * (named, else the window's most frequent); stores their commitment before any seed
	 * exists.
	 */
	public Dossier commit(Caller caller, Optional<String> personId, String taskId, List<String> coreCategories,
			Integer sampleSize) {
		Managed managed = manageable(requireTeam(caller, taskId));
		InspectionTask task = managed.task();
		Dossier dossier = current(task);
		requireNotCommitted(dossier);
		if (dossier.registers().isEmpty()) {
			throw new RuleViolationException("dossier-registers-missing",
					"import at least one register (委托登记表, 鉴定材料登记表 or 意见书发放表) before committing");
		}
		int size = (sampleSize != null) ? sampleSize : SampleInputs.MIN_SIZE;
		if (size < SampleInputs.MIN_SIZE) {
			throw new InvalidInputException("dossier-invalid", "sampleSize",
					"at least " + SampleInputs.MIN_SIZE + " files are drawn (抽查鉴定档案不少于20份)");
		}
		SampleInputs inputs = SampleInputs.of(task.id(), task.planId().value(), task.agencyId(),
				managed.plan().terms().dossierWindowStart(), task.schedule().day(), size,
				(coreCategories != null) ? coreCategories : List.of(), dossier.registers());
		Dossier.Commitment commitment = new Dossier.Commitment(inputs, inputs.commitment(), Actor.of(caller),
				this.clock.instant());
		Dossier saved = this.store.save(dossier.committed(commitment));
		this.events.publish(new DossierEvent.Committed(commitment.committedBy(), saved.taskId(), managed.region(),
				commitment.hash(), inputs.cases().size(), inputs.sampleSize()));
		return saved;
	}

	/** Draws once with the given seed, or a server seed when none is given. */
	public Dossier draw(Caller caller, Optional<String> personId, String taskId, String seed, String seedNote) {
		Managed managed = manageable(requireTeam(caller, taskId));
		InspectionTask task = managed.task();
		Dossier dossier = current(task);
		if (dossier.commitment() == null) {
			throw new RuleViolationException("dossier-commitment-required",
					"commit the sampling inputs before drawing: the seed must come after the commitment");
		}
		if (dossier.draw() != null) {
			throw new ConflictException("dossier-already-drawn", "the dossier sample of " + task.id() + " is drawn");
		}
		String usedSeed = (seed != null && !seed.isBlank()) ? seed.strip() : serverSeed();
		SampleResult result = DossierDraw.draw(dossier.commitment().inputs(), dossier.commitment().hash(), usedSeed);
		Dossier.Draw draw = new Dossier.Draw(usedSeed, seedNote, result, Actor.of(caller), this.clock.instant());
		Dossier saved = this.store.save(dossier.drawn(draw));
		this.events.publish(new DossierEvent.Drawn(draw.drawnBy(), saved.taskId(), managed.region(),
				dossier.commitment().hash(), usedSeed, seedNote, result.caseNumbers(), result.allTaken()));
		return saved;
	}

	/** Re-runs the recorded draw: commitment recomputed, files re-drawn. */
	public DossierVerification verify(Caller caller, Optional<String> personId, String taskId) {
		Dossier dossier = get(caller, personId, taskId);
		if (dossier.draw() == null) {
			throw new NotFoundException("dossier-not-drawn", "the dossier sample of " + taskId + " is not drawn");
		}
		SampleInputs inputs = dossier.commitment().inputs();
		SampleResult again = DossierDraw.draw(inputs, dossier.commitment().hash(), dossier.draw().seed());
		return new DossierVerification(SampleInputs.ALGORITHM, dossier.commitment().hash(), inputs.commitment(),
				again.equals(dossier.draw().result()));
	}

	/**
	 * Records the traceability review of a drawn file: every item answered, a defect with
	 * its note. Recording it again replaces it.
	 */
	public Dossier review(DossierTeam team, String caseNumber, List<ItemCheck> checks) {
		Caller caller = team.caller();
		Managed managed = manageable(team);
		Dossier dossier = current(managed.task());
		if (dossier.draw() == null || !dossier.draw().result().caseNumbers().contains(caseNumber)) {
			throw new NotFoundException("dossier-file-not-drawn", "case " + caseNumber + " was not drawn");
		}
		Map<ReviewItem, ItemCheck> byItem = new EnumMap<>(ReviewItem.class);
		List<FieldError> errors = new ArrayList<>();
		for (int i = 0; i < checks.size(); i++) {
			ItemCheck check = checks.get(i);
			if (byItem.put(check.item(), check) != null) {
				errors.add(new FieldError("checks[" + i + "].item", check.item() + " is answered twice"));
			}
			if (check.defect() && (check.note() == null || check.note().isBlank())) {
				errors.add(new FieldError("checks[" + i + "].note", "a defect needs a note saying what was found"));
			}
			if (check.note() != null && check.note().length() > MAX_NOTE) {
				errors.add(new FieldError("checks[" + i + "].note", "at most " + MAX_NOTE + " characters"));
			}
		}
		for (ReviewItem item : ReviewItem.values()) {
			if (!byItem.containsKey(item)) {
				errors.add(new FieldError("checks", item + " (" + item.title() + ") is not answered"));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("dossier-review-invalid", errors);
		}
		FileReview review = new FileReview(caseNumber, List.copyOf(byItem.values()), Actor.of(caller),
				this.clock.instant());
		Dossier saved = this.store.save(dossier.withReview(review));
		this.events.publish(new DossierEvent.FileReviewed(review.reviewedBy(), saved.taskId(), managed.region(),
				caseNumber, review.findings().size()));
		return saved;
	}

	/**
	 * The door of the team's dossier writes, checked before their body: the task's
	 * current team passes, others get 403 (404 for a task they may not see). Answers the
	 * task as read, for the write.
	 */
	public DossierTeam requireTeam(Caller caller, String taskId) {
		TaskView view = this.tasks.require(caller, taskId);
		if (view.relation() != TaskRelation.TEAM) {
			throw new OutOfScopeException("the dossier sample of task " + view.task().id()
					+ " is taken by its current team on site; as " + view.relation() + " the caller reads it");
		}
		return new DossierTeam(caller, view.task());
	}

	/**
	 * The team's task, if the team is on site (409 otherwise); a task on site is
	 * scheduled, so the sampling window has its end.
	 */
	private Managed manageable(DossierTeam team) {
		InspectionTask task = team.subject();
		if (task.status() == TaskStatus.WITHDRAWN) {
			throw new ConflictException("task-withdrawn", "task " + task.id() + " was withdrawn");
		}
		if (!ON_SITE.contains(task.status())) {
			throw new ConflictException("task-not-on-site",
					"the team samples dossiers between check-in and the findings discussion; task " + task.id() + " is "
							+ task.status())
				.with("current", task.status().name())
				.with("allowed", ON_SITE.stream().map(TaskStatus::name).toList());
		}
		return new Managed(task, this.plans.load(task.planId()));
	}

	private Dossier current(InspectionTask task) {
		return this.store.find(task.id()).orElseGet(() -> Dossier.empty(task.id()));
	}

	private static void requireNotCommitted(Dossier dossier) {
		if (dossier.commitment() != null) {
			throw new ConflictException("dossier-committed", "the sampling inputs of " + dossier.taskId()
					+ " are committed; the registers can no longer change");
		}
	}

	private String serverSeed() {
		byte[] bytes = new byte[16];
		this.seedRandom.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	/** A task the caller may change, with its plan. */
	private record Managed(InspectionTask task, Plan plan) {

		String region() {
			return this.plan.terms().region().value();
		}

	}

}
