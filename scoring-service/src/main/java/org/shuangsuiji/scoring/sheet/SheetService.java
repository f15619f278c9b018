package org.shuangsuiji.scoring.sheet;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.shuangsuiji.platform.problem.ConflictException;
import org.shuangsuiji.platform.problem.InvalidInputException;
import org.shuangsuiji.platform.problem.NotFoundException;
import org.shuangsuiji.platform.problem.OutOfScopeException;
import org.shuangsuiji.platform.problem.ProblemException;
import org.shuangsuiji.platform.problem.RuleViolationException;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.scoring.engine.Evaluation;
import org.shuangsuiji.scoring.engine.ItemAnswer;
import org.shuangsuiji.scoring.engine.PointsEvaluation;
import org.shuangsuiji.scoring.engine.Scorer;
import org.shuangsuiji.scoring.engine.Scorers;
import org.shuangsuiji.scoring.inspection.InspectionTasks;
import org.shuangsuiji.scoring.inspection.TaskAccess;
import org.shuangsuiji.scoring.template.Item;
import org.shuangsuiji.scoring.template.StoredTemplate;
import org.shuangsuiji.scoring.template.Template;
import org.shuangsuiji.scoring.template.TemplateCatalog;

/**
 * Creating, answering, submitting and reading score sheets. Each sheet belongs to a task
 * of inspection-service (ADR 0404): its agency, region, template and year come from the
 * task, and who may write or read it from the task's answer to the caller.
 */
public class SheetService {

	static final int MAX_TEXT = 2000;

	static final int MAX_LIST = 500;

	private final SheetStore store;

	private final TemplateCatalog templates;

	private final Scorers scorers;

	private final Clock clock;

	private final Supplier<String> ids;

	private final InspectionTasks tasks;

	private final ResultHash hash;

	private final InspectionEvidence evidence;

	public SheetService(SheetStore store, TemplateCatalog templates, Scorers scorers, Clock clock, Supplier<String> ids,
			InspectionTasks tasks, ResultHash hash, InspectionEvidence evidence) {
		this.store = store;
		this.templates = templates;
		this.scorers = scorers;
		this.clock = clock;
		this.ids = ids;
		this.tasks = tasks;
		this.hash = hash;
		this.evidence = evidence;
	}

	/**
	 * The door of creating a sheet for a task, checked before the rest of the body: a
	 * member of the task's current team passes, others get 403. Answers the task as
	 * inspection-service described it, for {@link #create}.
	 */
	public TeamTask requireTeamOf(Caller caller, String inspectionId) {
		Supplier<TaskAccess> task = once(() -> this.tasks.access(inspectionId));
		SheetAccess.requireTeamMember(caller, task);
		return new TeamTask(caller, inspectionId, task.get());
	}

	/**
	 * The door of answering a sheet and setting its header, checked before the body: a
	 * member of the task's current team (for an independent sheet, its owner) passes,
	 * others get 403. Answers the sheet and its task as read, for {@link #answer} and
	 * {@link #header}.
	 */
	public WritableSheet requireWriter(Caller caller, String sheetId) {
		Sheet sheet = load(sheetId);
		Supplier<TaskAccess> task = task(sheet);
		SheetAccess.requireWriter(caller, sheet, task);
		return new WritableSheet(caller, sheet, task.get());
	}

	/**
	 * Creates the official or an independent sheet of the door's task: only a team member
	 * who may answer the task creates either.
	 */
	public Sheet create(TeamTask team, NewSheet given) {
		Caller caller = team.caller();
		SheetMode mode = (given.mode() != null) ? given.mode() : SheetMode.OFFICIAL;
		if (mode == SheetMode.INDEPENDENT) {
			caller.requireAny(Role.INSPECTOR, Role.EXPERT);
		}
		TaskAccess task = team.task(given.inspectionId());
		SheetAccess.requireCreator(caller, mode, task);
		NewSheet request = TaskMatch.bind(given, task);
		String sheetId = this.ids.get();
		Template template = this.templates.get(request.templateId(), request.templateVersion()).template();
		if (!template.region().covers(request.region())) {
			throw new RuleViolationException("template-not-for-region", "template " + template.templateId() + " of "
					+ template.region() + " does not apply to an agency in " + request.region());
		}
		StoredTemplate used = this.templates.useForScoring(request.templateId(), request.templateVersion());
		Instant now = this.clock.instant();
		int year = (request.year() != null) ? request.year() : used.template().year();
		boolean independent = mode == SheetMode.INDEPENDENT;
		Sheet sheet = independent
				? Sheet.independent(sheetId, template, request, year, now, caller.userId(), caller.displayName())
				: Sheet.official(sheetId, template, request, year, now, caller.userId());
		SheetEvent created = SheetEvent.created(now, caller,
				mode + " sheet of " + template.templateId() + " v" + template.version());
		if (!this.store.insert(sheet, created)) {
			throw new ConflictException("sheet-exists",
					independent ? "you already have an independent sheet for inspection " + request.inspectionId()
							: "inspection " + request.inspectionId() + " already has its official sheet")
				.with("inspectionId", request.inspectionId());
		}
		return sheet;
	}

	/**
	 * Sets one item's answer. The caller names the item version it read; if someone
	 * changed the item since, nothing is written and the conflict names the item. The
	 * evidence the answer names must be the sheet's inspection's, not withdrawn
	 * (evidence-service is asked only when the answer names any). The sheet and its task
	 * are those its door read.
	 */
	public AnsweredItem answer(WritableSheet writable, String itemId, long expectedVersion, ItemAnswer given) {
		Caller caller = writable.caller();
		Sheet sheet = writable.subject();
		String sheetId = sheet.id();
		if (sheet.submitted()) {
			throw locked(sheet, itemId);
		}
		Scorer scorer = this.scorers.of(sheet.templateId(), sheet.templateVersion());
		checkTexts(itemId, given);
		scorer.check(itemId, given);
		SheetAccess.requireAnswerer(caller, sheet, writable::task);
		if (expectedVersion != sheet.itemVersion(itemId)) {
			throw conflict(itemId, sheet.itemVersion(itemId));
		}
		AnsweredItem stored = sheet.answers().get(itemId);
		ItemAnswer answer = ExpertParts.merge(caller.has(Role.EXPERT), scorer.item(itemId), given,
				(stored != null) ? stored.answer() : null);
		AttachedEvidence.requireOfInspection(sheet.inspectionId(), itemId, answer.evidenceIds(), this.evidence::of);
		Instant now = this.clock.instant();
		AnsweredItem answered = new AnsweredItem(answer, expectedVersion + 1, caller.userId(), caller.displayName(),
				now);
		SheetEvent event = SheetEvent.answered(now, caller, itemId, answered.version(), answer);
		switch (this.store.answer(sheetId, itemId, expectedVersion, answered, event)) {
			case APPLIED -> {
				return answered;
			}
			case LOCKED -> throw locked(sheet, itemId);
			case MISSING -> throw notFound(sheetId);
			default -> throw conflict(itemId,
					this.store.find(sheetId).map((current) -> current.itemVersion(itemId)).orElse(0L));
		}
	}

	/**
	 * Sets header or footer fields (机构名称, 证书编号 …) at the header version the caller read.
	 * The sheet and its task are those its door read.
	 */
	public Sheet header(WritableSheet writable, long expectedVersion, Map<String, HeaderValue> values) {
		Caller caller = writable.caller();
		Sheet sheet = writable.subject();
		String sheetId = sheet.id();
		if (sheet.submitted()) {
			throw locked(sheet, null);
		}
		Template template = this.templates.get(sheet.templateId(), sheet.templateVersion()).template();
		HeaderCheck.requireValid(template, values);
		SheetAccess.requireAnswerer(caller, sheet, writable::task);
		if (expectedVersion != sheet.headerVersion()) {
			throw headerConflict(sheet.headerVersion());
		}
		Instant now = this.clock.instant();
		SheetEvent event = SheetEvent.headerChanged(now, caller, expectedVersion + 1, values);
		switch (this.store.header(sheetId, expectedVersion, values, event)) {
			case APPLIED -> {
				return load(sheetId);
			}
			case LOCKED -> throw locked(sheet, null);
			case MISSING -> throw notFound(sheetId);
			default -> throw headerConflict(load(sheetId).headerVersion());
		}
	}

	/**
	 * Scores the sheet and locks it with the hash of its result. Every item must be
	 * answered explicitly ("checked, nothing found" included); if anyone changed the
	 * sheet after the caller's last read ({@code expectedVersion}), or while it was being
	 * scored, nothing is locked.
	 */
	public Sheet submit(Caller caller, String sheetId, Long expectedVersion) {
		Sheet sheet = load(sheetId);
		Supplier<TaskAccess> task = task(sheet);
		// the door before the sheet's state: who is off the team learns nothing of it
		SheetAccess.requireTeamMember(caller, task);
		if (sheet.submitted()) {
			throw locked(sheet, null);
		}
		SheetAccess.requireAnswerer(caller, sheet, task);
		if (expectedVersion != null && expectedVersion != sheet.version()) {
			throw changed(sheet.version());
		}
		Evaluation result = this.scorers.of(sheet.templateId(), sheet.templateVersion())
			.evaluate(sheet.engineAnswers());
		if (!result.complete()) {
			throw new RuleViolationException("items-unanswered",
					"answer every item explicitly before submitting (B 未发现, or checked with no rule applying); "
							+ "unanswered: " + String.join(", ", result.missingItems()))
				.with("items", result.missingItems());
		}
		Instant now = this.clock.instant();
		SheetEvent event = SheetEvent.submitted(now, caller, summary(result));
		switch (this.store.submit(sheetId, sheet.version(), result, this.hash.of(result), now, caller.userId(),
				event)) {
			case APPLIED -> {
				return load(sheetId);
			}
			case LOCKED -> throw locked(sheet, null);
			case MISSING -> throw notFound(sheetId);
			default -> throw changed(load(sheetId).version());
		}
	}

	public Sheet get(Caller caller, String sheetId) {
		Sheet sheet = load(sheetId);
		SheetAccess.requireReader(caller, sheet, task(sheet));
		return sheet;
	}

	/** The submitted result, or a preview of a draft's current answers. */
	public Evaluation result(Caller caller, String sheetId) {
		Sheet sheet = get(caller, sheetId);
		if (sheet.submitted()) {
			return sheet.result();
		}
		return this.scorers.of(sheet.templateId(), sheet.templateVersion()).evaluate(sheet.engineAnswers());
	}

	public List<SheetEvent> history(Caller caller, String sheetId) {
		Sheet sheet = load(sheetId);
		SheetAccess.requireInspectorOrBureau(caller, sheet, task(sheet));
		return this.store.history(sheetId);
	}

	/**
	 * The sheets the caller may see: an agency its own submitted ones, a bureau those of
	 * agencies in the region asked for (by default its own), an inspector or expert those
	 * of one task they are on, named by {@code inspectionId}.
	 */
	public List<Sheet> list(Caller caller, SheetQuery filter) {
		int limit = (filter.limit() > 0) ? Math.min(filter.limit(), MAX_LIST) : MAX_LIST;
		if (SheetAccess.isAgencyOnly(caller)) {
			// Its agency_id is there: platform-security refuses an agency-only token
			// without.
			if (filter.agencyId() != null && !filter.agencyId().equals(caller.agencyId())) {
				throw new OutOfScopeException("an agency sees only its own agency's sheets");
			}
			return this.store.find(new SheetQuery(null, caller.agencyId(), filter.inspectionId(), filter.year(),
					SheetStatus.SUBMITTED, filter.mode(), limit));
		}
		if (!caller.isBureau()) {
			caller.requireAny(Role.INSPECTOR, Role.EXPERT);
			if (filter.inspectionId() == null || filter.inspectionId().isBlank()) {
				throw new InvalidInputException("inspection-id-required", "inspectionId",
						"an inspector or expert lists the sheets of one task they are on: name its inspectionId");
			}
			SheetAccess.requireTeamMember(caller, () -> this.tasks.access(filter.inspectionId()));
			return this.store.find(new SheetQuery(null, filter.agencyId(), filter.inspectionId(), filter.year(),
					filter.status(), filter.mode(), limit));
		}
		RegionCode within = (filter.within() != null) ? filter.within() : caller.region();
		caller.requireCovers(within);
		return this.store.find(new SheetQuery(within, filter.agencyId(), filter.inspectionId(), filter.year(),
				filter.status(), filter.mode(), limit));
	}

	/**
	 * The independent sheets of an inspection and the items their inspectors answered
	 * differently.
	 */
	public Reconciliation reconciliation(Caller caller, String inspectionId) {
		List<Sheet> sheets = this.store
			.find(new SheetQuery(null, null, inspectionId, null, null, SheetMode.INDEPENDENT, MAX_LIST))
			.stream()
			.sorted(Comparator.comparing(Sheet::createdAt).thenComparing(Sheet::id))
			.toList();
		Supplier<TaskAccess> task = once(() -> this.tasks.access(inspectionId));
		if (sheets.isEmpty()) {
			// the door before saying there is nothing: inspection-service refuses whoever
			// may
			// not see the task, and of those who may, the agency reads no working record
			task.get();
			if (!caller.isBureau()) {
				SheetAccess.requireTeamMember(caller, task);
			}
			throw new NotFoundException("no-independent-sheets",
					"inspection " + inspectionId + " has no independent sheets");
		}
		sheets.forEach((sheet) -> SheetAccess.requireInspectorOrBureau(caller, sheet, task));
		if (sheets.size() < 2) {
			throw new RuleViolationException("nothing-to-reconcile",
					"reconciling needs two independent sheets; inspection " + inspectionId + " has one");
		}
		Sheet first = sheets.get(0);
		requireOneTemplateVersion(inspectionId, sheets);
		Scorer scorer = this.scorers.of(first.templateId(), first.templateVersion());
		List<Evaluation> results = sheets.stream()
			.map((sheet) -> sheet.submitted() ? sheet.result() : scorer.evaluate(sheet.engineAnswers()))
			.toList();
		return Reconciliation.of(inspectionId, scorer.template(), sheets, results);
	}

	private static void requireOneTemplateVersion(String inspectionId, List<Sheet> sheets) {
		Sheet first = sheets.get(0);
		boolean sameVersion = sheets.stream()
			.allMatch((sheet) -> sheet.templateId().equals(first.templateId())
					&& sheet.templateVersion() == first.templateVersion());
		if (!sameVersion) {
			throw new RuleViolationException("templates-differ",
					"the independent sheets of inspection " + inspectionId + " use different template versions");
		}
	}

	private static void checkTexts(String itemId, ItemAnswer answer) {
		if (answer.note() != null && answer.note().length() > MAX_TEXT) {
			throw invalidText(itemId, ".note");
		}
		for (int i = 0; i < answer.rules().size(); i++) {
			String reason = answer.rules().get(i).reason();
			if (reason != null && reason.length() > MAX_TEXT) {
				throw invalidText(itemId, ".rules[" + i + "].reason");
			}
		}
	}

	private static ProblemException invalidText(String itemId, String field) {
		return new InvalidInputException("invalid-answer", "items." + itemId + field,
				"at most " + MAX_TEXT + " characters")
			.with("item", itemId);
	}

	private static String summary(Evaluation result) {
		String outcome = result.outcome().label();
		return (result instanceof PointsEvaluation points) ? points.total().toPlainString() + "分 " + outcome : outcome;
	}

	/**
	 * The sheet's task as the caller sees it, asked for at most once and only if needed.
	 */
	private Supplier<TaskAccess> task(Sheet sheet) {
		return once(() -> this.tasks.access(sheet.inspectionId()));
	}

	private static <T> Supplier<T> once(Supplier<T> supplier) {
		return new Supplier<>() {

			private T value;

			@Override
			public T get() {
				if (this.value == null) {
					this.value = supplier.get();
				}
				return this.value;
			}

		};
	}

	private Sheet load(String sheetId) {
		return this.store.find(sheetId).orElseThrow(() -> notFound(sheetId));
	}

	private static NotFoundException notFound(String sheetId) {
		return new NotFoundException("sheet-not-found", "no sheet " + sheetId);
	}

	private static ProblemException locked(Sheet sheet, String itemId) {
		ProblemException problem = new ConflictException("sheet-locked",
				"sheet " + sheet.id() + " is submitted and locked; it cannot change");
		return (itemId != null) ? problem.with("item", itemId) : problem;
	}

	private static ProblemException conflict(String itemId, long currentVersion) {
		return new ConflictException("answer-conflict", "item " + itemId
				+ " was changed by someone else (now at version " + currentVersion + "); read it again and retry")
			.with("item", itemId)
			.with("currentVersion", currentVersion);
	}

	private static ProblemException headerConflict(long currentVersion) {
		return new ConflictException("header-conflict",
				"the header was changed by someone else (now at version " + currentVersion + "); read it again")
			.with("currentVersion", currentVersion);
	}

	private static ProblemException changed(long currentVersion) {
		return new ConflictException("sheet-changed", "the sheet changed since it was read (now at version "
				+ currentVersion + "); review the answers and submit again")
			.with("currentVersion", currentVersion);
	}

}
