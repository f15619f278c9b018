package org.shuangsuiji.inspection.demo;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.shuangsuiji.platform.history.HistoryLine;
import org.shuangsuiji.inspection.conclusion.Conclusion;
import org.shuangsuiji.inspection.conclusion.ConclusionService;
import org.shuangsuiji.inspection.conclusion.ConclusionStore;
import org.shuangsuiji.inspection.conclusion.FoundItem;
import org.shuangsuiji.inspection.conclusion.Proposal;
import org.shuangsuiji.inspection.conclusion.Recommendation;
import org.shuangsuiji.inspection.conclusion.SheetResults;
import org.shuangsuiji.inspection.disclosure.DisclosureService;
import org.shuangsuiji.inspection.disclosure.PublishedResultStore;
import org.shuangsuiji.inspection.dossier.Dossier;
import org.shuangsuiji.inspection.dossier.DossierService;
import org.shuangsuiji.inspection.dossier.DossierStore;
import org.shuangsuiji.inspection.dossier.FileReview;
import org.shuangsuiji.inspection.dossier.Register;
import org.shuangsuiji.inspection.dossier.RegisterCheck;
import org.shuangsuiji.inspection.dossier.RegisterKind;
import org.shuangsuiji.inspection.dossier.RegisterReader;
import org.shuangsuiji.inspection.dossier.RegisterRow;
import org.shuangsuiji.inspection.dossier.SampleInputs;
import org.shuangsuiji.inspection.draw.DrawStore;
import org.shuangsuiji.inspection.draw.PersonKind;
import org.shuangsuiji.inspection.draw.PoolAgency;
import org.shuangsuiji.inspection.plan.Actor;
import org.shuangsuiji.inspection.plan.Plan;
import org.shuangsuiji.inspection.plan.PlanService;
import org.shuangsuiji.inspection.rectification.NewItem;
import org.shuangsuiji.inspection.rectification.Rectification;
import org.shuangsuiji.inspection.rectification.RectificationItem;
import org.shuangsuiji.inspection.rectification.RectificationService;
import org.shuangsuiji.inspection.rectification.RectificationStatus;
import org.shuangsuiji.inspection.rectification.RectificationStore;
import org.shuangsuiji.inspection.review.ReviewDecision;
import org.shuangsuiji.inspection.review.ReviewService;
import org.shuangsuiji.inspection.task.FactSheet;
import org.shuangsuiji.inspection.task.FactSheetAnswer;
import org.shuangsuiji.inspection.task.InspectionTask;
import org.shuangsuiji.inspection.task.RegisteredAgency;
import org.shuangsuiji.inspection.task.Seal;
import org.shuangsuiji.inspection.task.TaskEvent;
import org.shuangsuiji.inspection.task.TaskMember;
import org.shuangsuiji.inspection.task.TaskSchedule;
import org.shuangsuiji.inspection.task.TaskService;
import org.shuangsuiji.inspection.task.TaskStatus;
import org.shuangsuiji.inspection.task.TaskStep;
import org.shuangsuiji.inspection.task.TaskStore;
import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.platform.event.DomainEvents;
import org.shuangsuiji.platform.problem.ProblemException;
import org.shuangsuiji.platform.problem.RuleViolationException;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.platform.time.SettableClock;

/**
 * Carries one drawn task through what the API path does, with the history line's past
 * times, up to the line's stage (issue 15). The on-site steps go through the task's own
 * transitions and the task store, publishing the events {@code OnSiteService} publishes
 * (its registry, evidence and scoring calls have nothing to answer for the past); the
 * conclusion, the province's review, the rectification and the publication go through
 * their use cases, on a {@link SettableClock} set to each step's time, as the organising
 * bureau, the province and the agency. While checking, the team takes the dossier sample
 * through {@link DossierService} as its members ({@link HistoryDossier}).
 * <p>
 * A line is checked whole before anything is written ({@link HistoryRefused}). Each part
 * is written only where it is missing, in the order of the API path, so a second run
 * writes nothing and a run that stopped half-way is completed by the next.
 */
final class HistoryLoader {

	/** What the loader did with a line it took. */
	enum Result {

		/** Something of the line's task was written. */
		WRITTEN,
		/** Everything the line asks for was there already. */
		SKIPPED

	}

	private final PlanService plans;

	private final TaskStore tasks;

	private final DrawStore draws;

	private final TaskService taskService;

	private final ConclusionStore conclusionStore;

	private final RectificationStore rectificationStore;

	private final PublishedResultStore publishedResults;

	private final SheetResults sheets;

	private final DomainEvents events;

	private final Clock realClock;

	// set to each past step's time before the step; one loader thread uses it
	private final SettableClock clock = new SettableClock(Instant.EPOCH);

	private final ConclusionService conclusions;

	private final ReviewService reviews;

	private final RectificationService rectifications;

	private final DisclosureService disclosure;

	private final DossierStore dossierStore;

	private final RegisterReader registerReader;

	private final DossierService dossiers;

	HistoryLoader(PlanService plans, TaskStore tasks, DrawStore draws, TaskService taskService,
			ConclusionStore conclusionStore, RectificationStore rectificationStore,
			PublishedResultStore publishedResults, SheetResults sheets, DossierStore dossierStore,
			RegisterReader registerReader, DomainEvents events, Clock realClock) {
		this.plans = plans;
		this.tasks = tasks;
		this.draws = draws;
		this.taskService = taskService;
		this.conclusionStore = conclusionStore;
		this.rectificationStore = rectificationStore;
		this.publishedResults = publishedResults;
		this.sheets = sheets;
		this.events = events;
		this.realClock = realClock;
		this.conclusions = new ConclusionService(taskService, conclusionStore, sheets, events, this.clock);
		this.reviews = new ReviewService(conclusionStore, events, this.clock);
		this.rectifications = new RectificationService(tasks, plans, rectificationStore, new UnrecordedAgencyRecord(),
				events, this.clock);
		this.disclosure = new DisclosureService(conclusionStore, draws, publishedResults, events, this.clock);
		this.dossierStore = dossierStore;
		this.registerReader = registerReader;
		// every draw is given the line's seed, so the server's random is never asked
		this.dossiers = new DossierService(taskService, plans, dossierStore, registerReader, events, new SecureRandom(),
				this.clock);
	}

	/**
	 * Loads the line; {@link HistoryRefused} before writing anything when it does not
	 * fit.
	 */
	Result load(HistoryLine line) {
		Line checked = check(line);
		boolean wrote = schedule(checked);
		if (line.onSiteDone()) {
			wrote |= onSite(checked);
			wrote |= conclude(checked);
			wrote |= rectify(checked);
		}
		if (line.published()) {
			wrote |= publish(checked);
		}
		return wrote ? Result.WRITTEN : Result.SKIPPED;
	}

	/** A line checked against its task and plan, with its times and accounts. */
	private record Line(HistoryLine line, InspectionTask task, Plan plan, TaskSchedule schedule, HistoryTimes times,
			Recommendation recommendation, HistoryDossier dossier, Caller bureau, Caller province, Caller agency) {
	}

	private Line check(HistoryLine line) {
		if (line.taskId() == null || line.stage() == null) {
			throw new HistoryRefused("a line needs taskId and stage");
		}
		if (!HistoryLine.SCHEDULED.equals(line.stage()) && !line.onSiteDone()) {
			throw new HistoryRefused("stage " + line.stage() + " is none of SCHEDULED, CLOSED, PUBLISHED");
		}
		InspectionTask task = this.tasks.find(line.taskId())
			.orElseThrow(() -> new HistoryRefused("no task " + line.taskId()));
		if (task.status() == TaskStatus.WITHDRAWN) {
			throw new HistoryRefused("task " + task.id() + " was withdrawn");
		}
		if (!task.agencyId().equals(line.agencyId()) || !task.planId().value().equals(line.planId())) {
			throw new HistoryRefused(
					"task " + task.id() + " is agency " + task.agencyId() + " of plan " + task.planId().value()
							+ "; the line names agency " + line.agencyId() + " of plan " + line.planId());
		}
		Set<String> team = Set.copyOf(task.team().stream().map(TaskMember::personId).toList());
		Set<String> lineTeam = Set.copyOf(line.team().stream().map(HistoryLine.Member::personId).toList());
		if (!team.equals(lineTeam)) {
			throw new HistoryRefused("task " + task.id() + " has the team " + team + "; the line names " + lineTeam);
		}
		if (line.visitDay() == null || line.visitStart() == null) {
			throw new HistoryRefused("task " + task.id() + ": the line has no visitDay or visitStart");
		}
		Plan plan = this.plans.load(task.planId());
		HistoryTimes times = HistoryTimes.of(line.visitDay(), line.visitStart(), line.publishedDay());
		TaskSchedule schedule;
		try {
			schedule = TaskSchedule.of(line.visitDay(), line.visitStart(), times.notifyAt(), plan.terms().period());
		}
		catch (RuleViolationException ex) {
			throw new HistoryRefused("task " + task.id() + ": " + ex.getMessage());
		}
		Instant now = this.realClock.instant();
		if (times.checkIn().isAfter(now)) {
			throw new HistoryRefused("task " + task.id() + ": the visit " + line.visitDay() + " lies in the future");
		}
		Recommendation recommendation = null;
		HistoryDossier dossier = null;
		if (line.onSiteDone()) {
			recommendation = checkClosed(line, task);
			dossier = checkDossier(line, task, plan);
		}
		if (line.published()) {
			if (line.publishedDay() == null || line.publishedDay().isBefore(line.visitDay())
					|| times.publishedAt().isAfter(now)) {
				throw new HistoryRefused("task " + task.id() + ": a PUBLISHED line needs a publishedDay from the visit "
						+ line.visitDay() + " to today; it has " + line.publishedDay());
			}
		}
		return new Line(line, task, plan, schedule, times, recommendation, dossier, bureau(line, plan), province(plan),
				agency(task));
	}

	/** What a CLOSED or PUBLISHED line needs besides the visit. */
	private Recommendation checkClosed(HistoryLine line, InspectionTask task) {
		Recommendation recommendation = this.sheets.officialOf(task.id())
			.orElseThrow(() -> new HistoryRefused("task " + task.id() + ": no sheet result in the sheet results"));
		if (!"SIGNED".equals(line.factSheet()) && !"REFUSED".equals(line.factSheet())) {
			throw new HistoryRefused("task " + task.id() + ": the line has no factSheet (SIGNED or REFUSED)");
		}
		if (line.findings() == null) {
			throw new HistoryRefused("task " + task.id() + ": the line has no findings");
		}
		if ((line.findings() > 0) == recommendation.foundItems().isEmpty()) {
			throw new HistoryRefused("task " + task.id() + ": the line has " + line.findings()
					+ " findings, its sheet result " + recommendation.foundItems().size() + " items with findings");
		}
		if (line.findings() > 0 && line.rectified() == null) {
			throw new HistoryRefused("task " + task.id() + ": a line with findings says whether it was rectified");
		}
		return recommendation;
	}

	/**
	 * The line's dossier sample, its registers read and checked as an upload is; a
	 * dossier already there must be the loader's own, and complete once the team has
	 * left.
	 */
	private HistoryDossier checkDossier(HistoryLine line, InspectionTask task, Plan plan) {
		LocalDate windowStart = plan.terms().dossierWindowStart();
		if (windowStart == null || windowStart.isAfter(line.visitDay())) {
			throw new HistoryRefused("task " + task.id() + ": the plan's dossier window starts " + windowStart
					+ ", after the visit " + line.visitDay());
		}
		if (line.seed() == null) {
			throw new HistoryRefused("task " + task.id() + ": the line has no seed for its dossier sample");
		}
		HistoryDossier dossier = HistoryDossier.of(task.id(), task.agencyName(), line.seed(), windowStart,
				line.visitDay(), categories(task));
		Map<RegisterKind, List<RegisterRow>> rows = new EnumMap<>(RegisterKind.class);
		for (RegisterKind kind : RegisterKind.values()) {
			try {
				rows.put(kind, RegisterCheck.check(kind, this.registerReader.read(dossier.fileName(kind),
						HistoryDossier.mediaType(), dossier.file(kind))));
			}
			catch (ProblemException ex) {
				// a row of our own making that an upload would not pass: the loader's bug
				throw new HistoryRefused("task " + task.id() + ": the loader's " + kind.title() + " is rejected: "
						+ ex.detail() + " " + ex.properties().get("errors"));
			}
		}
		Dossier existing = this.dossierStore.find(task.id()).orElse(null);
		if (existing == null || (existing.registers().isEmpty() && existing.commitment() == null)) {
			return dossier;
		}
		for (Register register : existing.registers()) {
			if (!register.fileName().equals(dossier.fileName(register.kind()))
					|| !register.rows().equals(rows.get(register.kind()))) {
				throw new HistoryRefused("task " + task.id() + ": its dossier holds a " + register.kind().title() + " ("
						+ register.fileName() + ") the loader did not import; it is left as it is");
			}
		}
		if (existing.commitment() != null) {
			List<Register> ours = existing.registers();
			String expected = SampleInputs
				.of(task.id(), task.planId().value(), task.agencyId(), windowStart, line.visitDay(),
						SampleInputs.MIN_SIZE, List.of(), ours)
				.commitment();
			if (ours.size() != RegisterKind.values().length || !expected.equals(existing.commitment().hash())) {
				throw new HistoryRefused("task " + task.id()
						+ ": its dossier was committed with inputs the loader does not commit; it is left as it is");
			}
		}
		if (existing.draw() != null && !existing.draw().seed().equals(dossier.seed())) {
			throw new HistoryRefused("task " + task.id()
					+ ": its dossier was drawn with a seed that is not the line's; it is left as it is");
		}
		if (!DossierService.ON_SITE.contains(task.status()) && task.status() != TaskStatus.PLANNED
				&& task.status() != TaskStatus.SCHEDULED && !complete(existing)) {
			throw new HistoryRefused("task " + task.id() + " is " + task.status()
					+ ": its dossier sample is unfinished and can only be continued on site");
		}
		return dossier;
	}

	/** Drawn, and every drawn file reviewed. */
	private static boolean complete(Dossier dossier) {
		if (dossier.draw() == null) {
			return false;
		}
		Set<String> reviewed = Set.copyOf(dossier.reviews().stream().map(FileReview::caseNumber).toList());
		return reviewed.containsAll(dossier.draw().result().caseNumbers());
	}

	/** Sets the visit while nothing happened on site; a visit already there stays. */
	private boolean schedule(Line checked) {
		InspectionTask task = checked.task();
		boolean planned = task.status() == TaskStatus.PLANNED;
		boolean moved = task.status() == TaskStatus.SCHEDULED && !checked.schedule().equals(task.schedule());
		if (!planned && !moved) {
			return false;
		}
		InspectionTask saved = this.tasks.save(task.scheduled(checked.schedule()));
		this.events
			.publish(new TaskEvent.Scheduled(Actor.of(checked.bureau()), checked.plan(), saved, checked.schedule()));
		return true;
	}

	/**
	 * The on-site steps from where the task is up to closing, each saved and published.
	 */
	private boolean onSite(Line checked) {
		InspectionTask task = this.tasks.find(checked.task().id()).orElseThrow();
		HistoryTimes times = checked.times();
		List<TaskMember> team = task.team();
		Actor leader = member(team.get(0));
		boolean wrote = false;
		while (task.status() != TaskStatus.CLOSED) {
			task = switch (task.status()) {
				case SCHEDULED -> stepped(leader, task.checkIn(leader, times.checkIn(), null, times.checkIn()));
				case CHECKED_IN -> stepped(leader, task.startChecking(leader, times.checking()));
				case CHECKING -> {
					sample(checked);
					yield stepped(leader, task.findingsDiscussed(mainFindings(checked), leader, times.discussed()));
				}
				case FINDINGS_DISCUSSED -> {
					// still on site: a sample left unfinished is finished first
					sample(checked);
					yield stepped(leader, task.factSheetIssued(FactSheet.issue(registered(task), categories(task),
							task.onSite().mainFindings(), team, leader, times.issued()), leader));
				}
				case FACT_SHEET_ISSUED -> answered(checked, task, member(team.get(team.size() - 1)));
				case FACT_SHEET_SIGNED, FACT_SHEET_REFUSED -> sealed(checked, task, leader);
				default -> throw new HistoryRefused("task " + task.id() + " is " + task.status());
			};
			wrote = true;
		}
		return wrote;
	}

	/**
	 * The dossier sample (抽查鉴定档案) as the team takes it through the API while checking:
	 * the leader imports the three registers, commits the default inputs (20 files, the
	 * window's most frequent category as core) and draws with the line's seed; the
	 * members take turns reviewing the drawn files until the internal discussion. Each
	 * step only where it is missing.
	 */
	private boolean sample(Line checked) {
		String taskId = checked.task().id();
		HistoryDossier sample = checked.dossier();
		List<TaskMember> team = checked.task().team();
		Caller leader = teamCaller(team.get(0), checked.task());
		Instant from = checked.times().checking();
		boolean wrote = false;
		Dossier dossier = this.dossierStore.find(taskId).orElse(Dossier.empty(taskId));
		if (dossier.commitment() == null) {
			Set<RegisterKind> imported = Set.copyOf(dossier.registers().stream().map(Register::kind).toList());
			for (RegisterKind kind : RegisterKind.values()) {
				if (!imported.contains(kind)) {
					this.clock.set(from.plus(Duration.ofMinutes(10 + 2 * kind.ordinal())));
					this.dossiers.importRegister(this.dossiers.requireTeam(leader, taskId), kind, sample.fileName(kind),
							HistoryDossier.mediaType(), sample.file(kind));
				}
			}
			this.clock.set(from.plus(Duration.ofMinutes(20)));
			dossier = this.dossiers.commit(leader, Optional.empty(), taskId, List.of(), null);
			wrote = true;
		}
		if (dossier.draw() == null) {
			this.clock.set(from.plus(Duration.ofMinutes(25)));
			dossier = this.dossiers.draw(leader, Optional.empty(), taskId, sample.seed(), sample.seedNote());
			wrote = true;
		}
		// the reviews fill the time from the draw to ten minutes before the discussion
		List<String> drawn = dossier.draw().result().caseNumbers();
		Instant reviewsFrom = from.plus(Duration.ofMinutes(30));
		Duration each = Duration.between(reviewsFrom, checked.times().discussed().minus(Duration.ofMinutes(10)))
			.dividedBy(Math.max(1, drawn.size()));
		Set<String> reviewed = Set.copyOf(dossier.reviews().stream().map(FileReview::caseNumber).toList());
		for (int i = 0; i < drawn.size(); i++) {
			String caseNumber = drawn.get(i);
			if (!reviewed.contains(caseNumber)) {
				Caller member = teamCaller(team.get(i % team.size()), checked.task());
				this.clock.set(reviewsFrom.plus(each.multipliedBy(i)));
				this.dossiers.review(this.dossiers.requireTeam(member, taskId), caseNumber, sample.review(caseNumber));
				wrote = true;
			}
		}
		return wrote;
	}

	private InspectionTask answered(Line checked, InspectionTask task, Actor recorder) {
		Instant at = checked.times().answered();
		if (checked.line().factSheetSigned()) {
			Actor agency = Actor.of(checked.agency());
			return stepped(agency, task.factSheetSigned(new FactSheetAnswer.Signed(evidenceId(task, "fact-sheet-scan"),
					null, at, agency.userId(), agency.name())));
		}
		return stepped(recorder, task.factSheetRefused(new FactSheetAnswer.Refused("机构拒绝在事实确认单上签字，检查组当场记录并留存证据",
				List.of(evidenceId(task, "refusal-record")), at, recorder.userId(), recorder.name())));
	}

	private InspectionTask sealed(Line checked, InspectionTask task, Actor by) {
		Recommendation recommendation = checked.recommendation();
		Seal seal = new Seal(null, recommendation.sheetId(), recommendation.resultHash(), checked.times().closed());
		InspectionTask saved = this.tasks.save(task.closed(seal, by, null));
		this.events.publish(new TaskEvent.Sealed(by, saved, seal));
		return saved;
	}

	private InspectionTask stepped(Actor by, InspectionTask stepped) {
		InspectionTask saved = this.tasks.save(stepped);
		List<TaskStep> steps = saved.onSite().steps();
		this.events.publish(new TaskEvent.StepTaken(by, saved, steps.get(steps.size() - 1)));
		return saved;
	}

	/** The organiser's conclusion as recommended, and the province's where it reviews. */
	private boolean conclude(Line checked) {
		String taskId = checked.task().id();
		boolean wrote = false;
		if (this.conclusionStore.find(taskId).isEmpty()) {
			Recommendation recommendation = checked.recommendation();
			this.clock.set(checked.times().decided());
			this.conclusions.record(this.taskService.requireOrganiser(checked.bureau(), taskId),
					new Proposal(recommendation.outcome(), null, recommendation.actions(), false));
			wrote = true;
		}
		if (this.conclusionStore.find(taskId).map(Conclusion::reviewPending).orElse(false)) {
			this.clock.set(checked.times().reviewed());
			this.reviews.decide(this.reviews.requireProvince(checked.province(), taskId),
					new ReviewDecision(true, null, null, null));
			wrote = true;
		}
		return wrote;
	}

	/**
	 * One item per found item; the agency answers and the bureau accepts each, but for
	 * the last one when the line was not rectified.
	 */
	private boolean rectify(Line checked) {
		if (checked.line().findings() == 0) {
			return false;
		}
		String taskId = checked.task().id();
		HistoryTimes times = checked.times();
		boolean wrote = false;
		Optional<Rectification> found = this.rectificationStore.find(taskId);
		Rectification rectification;
		if (found.isPresent()) {
			rectification = found.get();
		}
		else {
			List<NewItem> items = new ArrayList<>();
			List<FoundItem> foundItems = checked.recommendation().foundItems();
			for (int i = 0; i < foundItems.size(); i++) {
				items.add(new NewItem("F" + (i + 1), foundItems.get(i).itemId(), finding(foundItems.get(i)),
						times.deadline()));
			}
			this.clock.set(times.itemsSet());
			rectification = this.rectifications.set(checked.bureau(), taskId, items);
			wrote = true;
		}
		int closing = rectification.items().size() - (Boolean.TRUE.equals(checked.line().rectified()) ? 0 : 1);
		for (RectificationItem item : rectification.items().subList(0, closing)) {
			RectificationStatus status = item.status();
			if (status == RectificationStatus.OPEN || status == RectificationStatus.RETURNED) {
				this.clock.set(times.rectifiedAt());
				this.rectifications.respond(checked.agency(), taskId, item.id(), "已按要求整改：" + item.description(),
						List.of());
				status = RectificationStatus.RESPONDED;
				wrote = true;
			}
			if (status == RectificationStatus.RESPONDED) {
				this.clock.set(times.acceptedAt());
				this.rectifications.review(checked.bureau(), taskId, item.id(), true, "整改到位");
				wrote = true;
			}
		}
		return wrote;
	}

	private boolean publish(Line checked) {
		String taskId = checked.task().id();
		boolean published = this.conclusionStore.find(taskId).map((c) -> c.publishedAt() != null).orElse(false);
		if (published || this.publishedResults.find(taskId).isPresent()) {
			return false;
		}
		this.clock.set(checked.times().publishedAt());
		this.disclosure.publish(this.taskService.requireOrganiser(checked.bureau(), taskId), organiserName(checked));
		return true;
	}

	/** The main findings: one per found item, or the plain "nothing found". */
	private static List<String> mainFindings(Line checked) {
		List<FoundItem> found = checked.recommendation().foundItems();
		return found.isEmpty() ? List.of("未发现问题") : found.stream().map(HistoryLoader::finding).toList();
	}

	private static String finding(FoundItem item) {
		String head = "第" + item.number() + "项";
		return item.found().isEmpty() ? head + "存在问题" : head + "：" + String.join("；", item.found());
	}

	/**
	 * The agency as the draw's pool snapshot recorded it; its certificates are the
	 * registry's and not read for the past.
	 */
	private RegisteredAgency registered(InspectionTask task) {
		String creditCode = pooled(task).map(PoolAgency::creditCode).filter((code) -> !code.isBlank()).orElse(null);
		return new RegisteredAgency(task.agencyName(), creditCode, List.of());
	}

	/** Every business category of the agency is inspected (附件2: 逐项检查). */
	private List<BusinessCategory> categories(InspectionTask task) {
		return pooled(task).map(PoolAgency::categories).orElse(List.of());
	}

	private Optional<PoolAgency> pooled(InspectionTask task) {
		return this.draws.find(task.planId())
			.flatMap((record) -> record.inputs()
				.pool()
				.agencies()
				.stream()
				.filter((agency) -> agency.id().equals(task.agencyId()))
				.findFirst());
	}

	/**
	 * The evidence-service record the step refers to: a name-based UUID of the task and
	 * what it is, so that the evidence loader can keep the record under the same id.
	 */
	static String evidenceId(InspectionTask task, String what) {
		return UUID.nameUUIDFromBytes((task.id() + "/" + what).getBytes(StandardCharsets.UTF_8)).toString();
	}

	/**
	 * A member's own account (person_id linked), as the API sees an inspector or expert.
	 */
	private static Caller teamCaller(TaskMember member, InspectionTask task) {
		Role role = (member.kind() == PersonKind.EXPERT) ? Role.EXPERT : Role.INSPECTOR;
		return new Caller(member.personId(), member.name(), Set.of(role), task.planRegion(), null, member.personId());
	}

	private static Actor member(TaskMember member) {
		return new Actor(member.personId(), member.name());
	}

	/** The organising bureau's account, named as the plan's creator. */
	private static Caller bureau(HistoryLine line, Plan plan) {
		RegionCode region = plan.terms().region();
		Role role = switch (region.level()) {
			case PROVINCE -> Role.PROVINCE;
			case CITY -> Role.CITY;
			case COUNTY -> Role.COUNTY;
		};
		String account = (line.organiser() != null && !line.organiser().isBlank()) ? line.organiser()
				: "bureau-" + region.value();
		return new Caller(account, plan.createdBy().name(), Set.of(role), region, null);
	}

	/** The province over the plan's region (bureau-410000). */
	private static Caller province(Plan plan) {
		RegionCode province = plan.terms().region().province();
		return new Caller("bureau-" + province.value(), null, Set.of(Role.PROVINCE), province, null);
	}

	private static Caller agency(InspectionTask task) {
		return new Caller(task.agencyId(), task.agencyName(), Set.of(Role.AGENCY), task.agencyRegion(),
				task.agencyId());
	}

	private static String organiserName(Line checked) {
		return checked.bureau().displayName();
	}

}
