package org.shuangsuiji.nationaldata;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;
import java.util.SplittableRandom;

import org.shuangsuiji.platform.history.HistoryLine;

/**
 * How one drawn inspection went, decided from the run's seed and what identifies the
 * inspection across runs (the city, the plan year, the agency's name: the platform's ids
 * are new in every run). One line of {@code history.jsonl}, the contract between this
 * generator and the services' history loaders (this module's README, "On-site history");
 * each loader makes its own details from {@link HistoryLine#seed()}.
 */
final class History {

	/** The two template kinds, as scoring-service names them. */
	static final String CHECKLIST = "CHECKLIST";

	static final String DEDUCTION = "DEDUCTION";

	/** Share of inspections that find nothing wanting. */
	static final double CLEAN = 0.30;

	/** Share of fact sheets the agency refuses to sign (the team records the refusal). */
	static final double REFUSED = 0.03;

	/** Share of inspections with findings whose rectification is not yet all accepted. */
	static final double OPEN_RECTIFICATION = 0.12;

	/** Share of the latest year's inspections closed but not yet published. */
	static final double UNPUBLISHED_LATEST = 0.08;

	/** Share of publications later than the 20 working days the procedure allows. */
	static final double LATE = 0.07;

	/** Findings on an inspection with any: 1, 2, … by these shares, the rest 7. */
	private static final double[] FINDINGS = { 0.30, 0.25, 0.18, 0.12, 0.08, 0.05 };

	private static final List<LocalTime> STARTS = List.of(LocalTime.of(9, 0), LocalTime.of(9, 30), LocalTime.of(10, 0),
			LocalTime.of(14, 30));

	/**
	 * Days no visit is set on: the May and National Day holidays (the statutory holidays
	 * of 国务院办公厅's yearly notices always cover 1–3 May and 1–7 October).
	 */
	private static final List<MonthDay[]> HOLIDAYS = List.of(new MonthDay[] { MonthDay.of(5, 1), MonthDay.of(5, 5) },
			new MonthDay[] { MonthDay.of(10, 1), MonthDay.of(10, 8) });

	private History() {
	}

	/** A drawn task as the organising city reads it. */
	record Task(String taskId, String planId, int year, String agencyId, String agencyName, String agencyRegion,
			List<HistoryLine.Member> team) {
	}

	/**
	 * The story of {@code task}, drawn under {@code plan} organised by {@code organiser};
	 * {@code latestYear} is the last generated year (only its inspections may be left
	 * unpublished).
	 */
	static HistoryLine of(long runSeed, DataSet.Plan plan, Task task, String organiser, int latestYear) {
		SplittableRandom random = new SplittableRandom(
				seedOf(runSeed, plan.cityCode(), plan.year(), task.agencyName()));
		LocalDate visit = visitDay(random, plan.periodStart(), plan.periodEnd());
		LocalTime start = STARTS.get(random.nextInt(STARTS.size()));
		int findings = (random.nextDouble() < CLEAN) ? 0 : 1 + DataSetGenerator.pickShare(random, FINDINGS);
		String factSheet = (random.nextDouble() < REFUSED) ? "REFUSED" : "SIGNED";
		boolean rectified = findings == 0 || random.nextDouble() >= OPEN_RECTIFICATION;
		boolean published = plan.year() < latestYear || random.nextDouble() >= UNPUBLISHED_LATEST;
		int workingDays = (random.nextDouble() < LATE) ? 21 + random.nextInt(15) : 3 + random.nextInt(17);
		LocalDate publishedDay = published ? addWorkingDays(visit, workingDays) : null;
		int evidence = 3 + random.nextInt(7);
		long seed = random.nextLong();
		return new HistoryLine(task.taskId(), task.planId(), task.year(), plan.cityCode(), task.agencyId(),
				task.agencyName(), task.agencyRegion(), plan.templateId(), null, kindOf(plan.templateId()), task.team(),
				organiser, published ? "PUBLISHED" : "CLOSED", visit, start, findings, factSheet, rectified,
				publishedDay, evidence, seed);
	}

	static String kindOf(String templateId) {
		return templateId.contains("checklist") ? CHECKLIST : DEDUCTION;
	}

	/**
	 * A working day (Monday to Friday, outside the May and October holidays) in the plan
	 * period, leaving a week at its end.
	 */
	static LocalDate visitDay(SplittableRandom random, LocalDate from, LocalDate until) {
		long span = Math.max(1, until.toEpochDay() - 7 - from.toEpochDay());
		LocalDate day = from.plusDays(random.nextLong(span));
		while (!working(day)) {
			day = day.plusDays(1);
		}
		return day;
	}

	/**
	 * {@code days} working days after {@code day} (Monday to Friday, holidays left out).
	 */
	static LocalDate addWorkingDays(LocalDate day, int days) {
		LocalDate at = day;
		int left = days;
		while (left > 0) {
			at = at.plusDays(1);
			if (working(at)) {
				left--;
			}
		}
		return at;
	}

	static boolean working(LocalDate day) {
		if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
			return false;
		}
		MonthDay md = MonthDay.from(day);
		return HOLIDAYS.stream().noneMatch((h) -> !md.isBefore(h[0]) && !md.isAfter(h[1]));
	}

	/** A seed that is the same in every run for the same agency, city and year. */
	static long seedOf(long runSeed, String city, int year, String agencyName) {
		long h = runSeed * 0x9E3779B97F4A7C15L;
		for (byte b : (city + "|" + year + "|" + agencyName).getBytes(StandardCharsets.UTF_8)) {
			h = (h ^ (b & 0xff)) * 0x100000001B3L;
		}
		return h;
	}

}
