package org.shuangsuiji.scoring.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.shuangsuiji.platform.history.HistoryLine;
import org.shuangsuiji.platform.history.HistoryReader;
import org.shuangsuiji.platform.history.RefusedLine;
import org.shuangsuiji.platform.problem.ProblemException;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.region.RegionLevel;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.scoring.engine.Answers;
import org.shuangsuiji.scoring.engine.Evaluation;
import org.shuangsuiji.scoring.engine.ItemAnswer;
import org.shuangsuiji.scoring.engine.PointsEvaluation;
import org.shuangsuiji.scoring.engine.Scorer;
import org.shuangsuiji.scoring.engine.Scorers;
import org.shuangsuiji.scoring.sheet.AnsweredItem;
import org.shuangsuiji.scoring.sheet.NewSheet;
import org.shuangsuiji.scoring.sheet.ResultHash;
import org.shuangsuiji.scoring.sheet.Sheet;
import org.shuangsuiji.scoring.sheet.SheetEvent;
import org.shuangsuiji.scoring.sheet.SheetMode;
import org.shuangsuiji.scoring.sheet.SheetQuery;
import org.shuangsuiji.scoring.sheet.SheetService;
import org.shuangsuiji.scoring.sheet.SheetStore;
import org.shuangsuiji.scoring.template.Item;
import org.shuangsuiji.scoring.template.Template;
import org.shuangsuiji.scoring.template.TemplateCatalog;

/**
 * Writes the official sheets of the national history file (issue 15) and the file of
 * their results that inspection-service's loader reads.
 * <p>
 * Each {@code CLOSED} or {@code PUBLISHED} line becomes the task's OFFICIAL sheet as the
 * API would have stored it: created by the team's first inspector at the start of the
 * visit, every item answered one by one ({@link HistoryAnswers}; an expert-only item by
 * the team's expert when it has one), scored by the engine and submitted with its result
 * hash, each step in the sheet's history, all on the visit day (Asia/Shanghai), stored in
 * one write ({@link SheetStore#insert(Sheet, List)}). It goes through the sheet store,
 * not the API: the API takes no dated steps in the past and asks inspection-service
 * whether the task is being checked now. A line is checked whole (template, kind,
 * findings, team, answers, a complete result) before anything of it is written. A task
 * that already has its submitted official sheet is left alone.
 * <p>
 * For every such task the result file gets {@code {"taskId", "result", "sheet"}}:
 * {@code result} is the body of {@code GET /api/scoring/sheets/{id}/result}, made by the
 * same use case ({@link SheetService#result}, read as the organising bureau) and written
 * by the same JSON mapper as the endpoint; {@code sheet} the {@code id}, {@code status},
 * {@code submittedAt} and {@code resultHash} of {@code GET /api/scoring/sheets/{id}},
 * named as that body names them.
 */
class HistorySheets {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	/** The generator's plans use the templates' first version (history-format.md). */
	static final int DEFAULT_TEMPLATE_VERSION = 1;

	private static final int MAX_INSPECTION_ID = 100;

	private final SheetStore store;

	private final SheetService sheets;

	private final TemplateCatalog templates;

	private final Scorers scorers;

	private final ResultHash hash;

	private final JsonMapper json;

	HistorySheets(SheetStore store, SheetService sheets, TemplateCatalog templates, Scorers scorers, ResultHash hash,
			JsonMapper json) {
		this.store = store;
		this.sheets = sheets;
		this.templates = templates;
		this.scorers = scorers;
		this.hash = hash;
		this.json = json;
	}

	/**
	 * Loads the history file and writes the result file (replaced whole, so a rerun
	 * leaves the same file).
	 */
	HistorySummary load(Path history, Path results) {
		HistorySummary.Tally tally = new HistorySummary.Tally();
		List<String> resultLines = new ArrayList<>();
		HistoryReader.Reading reading = HistoryReader.read(history,
				(text) -> loadLine(parse(text), tally).ifPresent(resultLines::add), HistoryReader.Refusals.NONE);
		try {
			write(results, resultLines);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tally.summary(reading);
	}

	private HistoryLine parse(String text) {
		try {
			return this.json.readValue(text, HistoryLine.class);
		}
		catch (JacksonException ex) {
			throw new RefusedLine("not a history line: " + ex.getOriginalMessage());
		}
	}

	/** The line's result-file line, if its inspection got as far as the sheet. */
	private Optional<String> loadLine(HistoryLine line, HistorySummary.Tally tally) {
		Planned planned = plan(line);
		if (planned == null) {
			tally.scheduled();
			return Optional.empty();
		}
		Optional<Sheet> own = this.store.find(sheetId(line));
		if (own.isPresent() && own.get().submitted()) {
			requireSameTask(own.get(), line);
			tally.skipped();
			return Optional.of(resultLine(line, own.get()));
		}
		Sheet sheet;
		if (own.isPresent()) {
			sheet = finish(planned, own.get());
		}
		else {
			Optional<Sheet> written = create(planned);
			if (written.isEmpty()) {
				// the slot is taken: an official sheet this loader did not write (the
				// API's)
				Sheet other = officialSheetOf(line.taskId())
					.orElseThrow(() -> new RefusedLine("the task's official sheet was written meanwhile"));
				if (!other.submitted()) {
					throw new RefusedLine(
							"task has a draft official sheet " + other.id() + " this loader did not write");
				}
				requireSameTask(other, line);
				tally.skipped();
				return Optional.of(resultLine(line, other));
			}
			sheet = written.get();
		}
		tally.written();
		return Optional.of(resultLine(line, sheet));
	}

	/**
	 * Everything a line's sheet needs, checked before anything is written; {@code null}
	 * for a task whose inspection has not happened yet.
	 */
	private Planned plan(HistoryLine line) {
		require(line.taskId() != null && !line.taskId().isBlank() && line.taskId().length() <= MAX_INSPECTION_ID,
				"taskId missing or longer than " + MAX_INSPECTION_ID);
		require(line.stage() != null, "stage missing");
		if ("SCHEDULED".equals(line.stage())) {
			return null;
		}
		require(line.onSiteDone(), "stage " + line.stage() + " is none of SCHEDULED, CLOSED, PUBLISHED");
		require(line.year() != null, "year missing");
		require(line.agencyId() != null && !line.agencyId().isBlank(), "agencyId missing");
		require(line.agencyName() != null && !line.agencyName().isBlank(), "agencyName missing");
		RegionCode agencyRegion = region(line.agencyRegion(), "agencyRegion");
		RegionCode planRegion = region(line.planRegion(), "planRegion");
		require(planRegion.covers(agencyRegion),
				"agencyRegion " + agencyRegion + " is outside planRegion " + planRegion);
		require(line.visitDay() != null && line.visitStart() != null, "visitDay or visitStart missing");
		require(line.visitDay().getYear() == line.year(), "visitDay " + line.visitDay() + " is not in " + line.year());
		require(line.findings() != null && line.findings() >= 0, "findings missing or negative");
		require(line.seed() != null, "seed missing");
		HistoryLine.Member inspector = line.team()
			.stream()
			.filter((member) -> "INSPECTOR".equals(member.kind()) && member.personId() != null)
			.findFirst()
			.orElseThrow(() -> new RefusedLine("team has no inspector"));
		Template template = template(line);
		require(template.kind().name().equals(line.templateKind()),
				"templateKind " + line.templateKind() + " but " + template.templateId() + " is " + template.kind());
		int capacity = HistoryAnswers.capacity(template);
		require(line.findings() <= capacity, "findings " + line.findings() + " but a sheet of " + template.templateId()
				+ " v" + template.version() + " holds at most " + capacity);
		Map<String, ItemAnswer> answers = HistoryAnswers.of(template, line.findings(), line.seed());
		Scorer scorer = this.scorers.of(template.templateId(), template.version());
		try {
			answers.forEach(scorer::check);
		}
		catch (ProblemException ex) {
			throw new RefusedLine("answers the engine refuses: " + ex.detail());
		}
		Evaluation result = scorer.evaluate(new Answers(answers));
		require(result.complete(), "answers leave items unanswered: " + result.missingItems());
		Caller expert = line.team()
			.stream()
			.filter((member) -> "EXPERT".equals(member.kind()) && member.personId() != null)
			.findFirst()
			.map((member) -> member(member, Role.EXPERT, planRegion))
			.orElse(null);
		return new Planned(line, template, answers, member(inspector, Role.INSPECTOR, planRegion), expert);
	}

	private Template template(HistoryLine line) {
		require(line.templateId() != null, "templateId missing");
		int version = (line.templateVersion() != null) ? line.templateVersion() : DEFAULT_TEMPLATE_VERSION;
		try {
			return this.templates.get(line.templateId(), version).template();
		}
		catch (ProblemException ex) {
			throw new RefusedLine(ex.detail());
		}
	}

	/**
	 * The sheet as the team would have left it through the API (created by the first
	 * inspector, answered item by item, scored and submitted, each step in its history),
	 * stored in one write; empty if the task's official slot is taken.
	 */
	private Optional<Sheet> create(Planned planned) {
		HistoryLine line = planned.line();
		Template template = planned.template();
		Caller inspector = planned.inspector();
		Instant created = at(line, Duration.ofMinutes(30));
		this.templates.useForScoring(template.templateId(), template.version());
		NewSheet request = new NewSheet(template.templateId(), template.version(), line.taskId(), line.agencyId(),
				line.agencyName(), RegionCode.of(line.agencyRegion()), line.year(), SheetMode.OFFICIAL);
		Sheet draft = Sheet.official(sheetId(line), template, request, line.year(), created, inspector.userId());
		List<SheetEvent> history = new ArrayList<>();
		history.add(SheetEvent.created(created, inspector,
				SheetMode.OFFICIAL + " sheet of " + template.templateId() + " v" + template.version()));
		Map<String, AnsweredItem> answers = new LinkedHashMap<>();
		int minute = 0;
		for (Map.Entry<String, ItemAnswer> answer : planned.answers().entrySet()) {
			minute += 2;
			Caller by = answerer(planned, answer.getKey());
			Instant at = created.plus(Duration.ofMinutes(minute));
			answers.put(answer.getKey(), new AnsweredItem(answer.getValue(), 1, by.userId(), by.displayName(), at));
			history.add(SheetEvent.answered(at, by, answer.getKey(), 1, answer.getValue()));
		}
		Sheet answered = draft.withAnswers(answers);
		Evaluation result = this.scorers.of(template.templateId(), template.version())
			.evaluate(answered.engineAnswers());
		Instant submitted = created.plus(Duration.ofMinutes(minute + 20));
		history.add(SheetEvent.submitted(submitted, inspector, summary(result)));
		Sheet sheet = answered.submittedWith(result, this.hash.of(result), submitted, inspector.userId());
		return this.store.insert(sheet, history) ? Optional.of(sheet) : Optional.empty();
	}

	/**
	 * A draft an earlier version of this loader began (one write per answer) and a run
	 * cut short: its missing answers given, then submitted, as the API would.
	 */
	private Sheet finish(Planned planned, Sheet draft) {
		HistoryLine line = planned.line();
		Template template = planned.template();
		Caller inspector = planned.inspector();
		String sheetId = draft.id();
		Instant created = at(line, Duration.ofMinutes(30));
		int minute = 0;
		for (Map.Entry<String, ItemAnswer> answer : planned.answers().entrySet()) {
			minute += 2;
			String itemId = answer.getKey();
			if (draft.itemVersion(itemId) != 0) {
				continue;
			}
			Caller by = answerer(planned, itemId);
			Instant at = created.plus(Duration.ofMinutes(minute));
			AnsweredItem answered = new AnsweredItem(answer.getValue(), 1, by.userId(), by.displayName(), at);
			this.store.answer(sheetId, itemId, 0, answered, SheetEvent.answered(at, by, itemId, 1, answer.getValue()));
		}
		Sheet answered = this.store.find(sheetId).orElseThrow();
		Evaluation result = this.scorers.of(template.templateId(), template.version())
			.evaluate(answered.engineAnswers());
		Instant submitted = created.plus(Duration.ofMinutes(minute + 20));
		this.store.submit(sheetId, answered.version(), result, this.hash.of(result), submitted, inspector.userId(),
				SheetEvent.submitted(submitted, inspector, summary(result)));
		return this.store.find(sheetId).orElseThrow();
	}

	/** An expert-only item by the team's expert when it has one, else the inspector. */
	private static Caller answerer(Planned planned, String itemId) {
		Item item = planned.template().item(itemId).orElseThrow();
		return (item.expertOnly() && planned.expert() != null) ? planned.expert() : planned.inspector();
	}

	/** The result-file line of a task's submitted official sheet. */
	private String resultLine(HistoryLine line, Sheet sheet) {
		RegionCode planRegion = RegionCode.of(line.planRegion());
		Caller organiser = new Caller((line.organiser() != null) ? line.organiser() : "bureau-" + planRegion,
				line.organiser(), Set.of(bureauRole(planRegion)), planRegion, null);
		Evaluation result = this.sheets.result(organiser, sheet.id());
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("id", sheet.id());
		detail.put("status", sheet.status());
		detail.put("submittedAt", sheet.submittedAt());
		detail.put("resultHash", sheet.resultHash());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("taskId", line.taskId());
		body.put("result", result);
		body.put("sheet", detail);
		return this.json.writeValueAsString(body);
	}

	private Optional<Sheet> officialSheetOf(String taskId) {
		return this.store.find(new SheetQuery(null, null, taskId, null, null, SheetMode.OFFICIAL, 2))
			.stream()
			.filter((sheet) -> taskId.equals(sheet.inspectionId()))
			.findFirst();
	}

	private static void requireSameTask(Sheet sheet, HistoryLine line) {
		require(sheet.agencyId().equals(line.agencyId()) && sheet.year() == line.year(),
				"the task's official sheet " + sheet.id() + " is of agency " + sheet.agencyId() + " in " + sheet.year()
						+ ", the line's of " + line.agencyId() + " in " + line.year());
	}

	/**
	 * The sheet id: a UUID as the API gives, but derived from the task, so a rerun finds
	 * the draft it left.
	 */
	static String sheetId(HistoryLine line) {
		return UUID.nameUUIDFromBytes(("history-official-sheet:" + line.taskId()).getBytes(StandardCharsets.UTF_8))
			.toString();
	}

	private static Instant at(HistoryLine line, Duration after) {
		LocalTime start = line.visitStart();
		return line.visitDay().atTime(start).atZone(SHANGHAI).toInstant().plus(after);
	}

	/**
	 * A team member as the history names them. Generated inspectors have no login, so the
	 * registry person id stands where a token's subject would.
	 */
	private static Caller member(HistoryLine.Member member, Role role, RegionCode region) {
		return new Caller(member.personId(), member.name(), Set.of(role), region, null, member.personId());
	}

	private static Role bureauRole(RegionCode region) {
		RegionLevel level = region.level();
		return switch (level) {
			case PROVINCE -> Role.PROVINCE;
			case CITY -> Role.CITY;
			default -> Role.COUNTY;
		};
	}

	private static RegionCode region(String value, String field) {
		return Optional.ofNullable(value)
			.flatMap(RegionCode::parse)
			.orElseThrow(() -> new RefusedLine(field + " " + value + " is no region code"));
	}

	private static String summary(Evaluation result) {
		String outcome = result.outcome().label();
		return (result instanceof PointsEvaluation points) ? points.total().toPlainString() + "分 " + outcome : outcome;
	}

	private static void require(boolean condition, String reason) {
		if (!condition) {
			throw new RefusedLine(reason);
		}
	}

	private static void write(Path results, List<String> lines) throws IOException {
		Path parent = results.toAbsolutePath().getParent();
		Files.createDirectories(parent);
		Path temporary = Files.createTempFile(parent, results.getFileName().toString(), ".part");
		try (BufferedWriter writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
			for (String line : lines) {
				writer.write(line);
				writer.write('\n');
			}
		}
		Files.move(temporary, results, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/** A line's sheet, checked and ready to write. */
	private record Planned(HistoryLine line, Template template, Map<String, ItemAnswer> answers, Caller inspector,
			Caller expert) {

	}

}
