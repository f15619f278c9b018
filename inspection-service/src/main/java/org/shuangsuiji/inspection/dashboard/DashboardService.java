package org.shuangsuiji.inspection.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.shuangsuiji.inspection.calendar.CalendarMissingException;
import org.shuangsuiji.inspection.calendar.PublicationDeadlines;
import org.shuangsuiji.inspection.calendar.WorkingDays;
import org.shuangsuiji.inspection.task.TaskSchedule;
import org.shuangsuiji.platform.problem.InvalidInputException;
import org.shuangsuiji.platform.problem.InvalidInputException.FieldError;
import org.shuangsuiji.platform.region.Area;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Supervisor;

/**
 * The dashboard of an area the supervisor covers: a bureau its region, the ministry the
 * whole country. Sub-regions follow the GB/T 2260 code (the prefix scope every part of
 * the platform uses): the nation's provinces, a province's cities, a city's counties, a
 * county alone. Agencies registered at the city or province level itself count under that
 * code.
 */
public class DashboardService {

	private final DashboardFacts facts;

	private final WorkingDays calendar;

	private final Clock clock;

	public DashboardService(DashboardFacts facts, WorkingDays calendar, Clock clock) {
		this.facts = facts;
		this.calendar = calendar;
		this.clock = clock;
	}

	/**
	 * Bureaus and the ministry only (403 for inspectors, experts and agencies, by the
	 * {@link Supervisor} itself); the area defaults to the supervisor's and must lie
	 * inside it (403).
	 */
	public InspectionDashboard of(Supervisor supervisor, String regionCode, Integer year) {
		Area asked = (regionCode == null || regionCode.isBlank()) ? null
				: Area.parse(regionCode.strip())
					.orElseThrow(() -> new InvalidInputException("dashboard-invalid",
							List.of(new FieldError("region", "must be a six-digit region code (GB/T 2260), or "
									+ Area.NATION_CODE + " for the whole country"))));
		if (year != null && (year < 2000 || year > 2100)) {
			throw new InvalidInputException("dashboard-invalid",
					List.of(new FieldError("year", "must be between 2000 and 2100")));
		}
		Area area = supervisor.requireWithin(asked);
		LocalDate today = LocalDate.now(this.clock.withZone(TaskSchedule.ZONE));
		Function<String, String> subRegion = (agencyRegion) -> subRegionOf(area, agencyRegion);
		Function<String, String> whole = (agencyRegion) -> area.code();
		return new InspectionDashboard(area.code(), year, PublicationDeadlines.WORKING_DAYS, today,
				rows(area, year, subRegion, today), rows(area, year, whole, today));
	}

	/**
	 * The sub-area of {@code area} an agency of {@code agencyRegion} counts under.
	 */
	static String subRegionOf(Area area, String agencyRegion) {
		RegionCode agency = RegionCode.of(agencyRegion);
		if (!(area instanceof Area.Region inside)) {
			return agency.province().value();
		}
		RegionCode region = inside.region();
		return switch (region.level()) {
			case PROVINCE -> agency.city().orElse(agency).value();
			case CITY -> agency.value();
			case COUNTY -> region.value();
		};
	}

	private List<DashboardRow> rows(Area region, Integer year, Function<String, String> key, LocalDate today) {
		Map<Key, Figures> figures = new TreeMap<>();
		Function<Key, Figures> at = (k) -> figures.computeIfAbsent(k, (x) -> new Figures());
		for (DashboardFacts.TaskTally t : this.facts.tasks(region, year)) {
			Figures f = at.apply(new Key(t.year(), key.apply(t.agencyRegion())));
			f.plans.addAll(t.planIds());
			f.agencies.addAll(t.agencyIds());
			f.inspections += t.inspections();
			f.closed += t.closed();
		}
		for (DashboardFacts.Tally t : this.facts.findings(region, year)) {
			Figures f = at.apply(new Key(t.year(), key.apply(t.agencyRegion())));
			f.conclusions += t.count();
			f.findings += t.sum();
		}
		for (DashboardFacts.Tally t : this.facts.rectifications(region, year)) {
			Figures f = at.apply(new Key(t.year(), key.apply(t.agencyRegion())));
			f.items += t.count();
			f.accepted += t.sum();
		}
		for (DashboardFacts.Tally t : this.facts.publications(region, year)) {
			at.apply(new Key(t.year(), key.apply(t.agencyRegion()))).published += t.count();
		}
		for (DashboardFacts.Visit v : this.facts.unpublishedVisits(region, year)) {
			Figures f = at.apply(new Key(v.year(), key.apply(v.agencyRegion())));
			try {
				if (today.isAfter(this.calendar.after(v.day(), PublicationDeadlines.WORKING_DAYS))) {
					f.overdue++;
				}
			}
			catch (CalendarMissingException ex) {
				// no guess: the row says it cannot tell
				f.calendarMissing = true;
			}
		}
		List<DashboardRow> rows = new ArrayList<>();
		figures.forEach((k, f) -> rows.add(f.row(k)));
		rows.sort(Comparator.comparingInt(DashboardRow::year).thenComparing(DashboardRow::region));
		return rows;
	}

	private record Key(int year, String region) implements Comparable<Key> {

		@Override
		public int compareTo(Key other) {
			return Comparator.comparingInt(Key::year).thenComparing(Key::region).compare(this, other);
		}

	}

	/** The running figures of one region and year. */
	private static final class Figures {

		private final Set<String> plans = new HashSet<>();

		private final Set<String> agencies = new HashSet<>();

		private long inspections;

		private long closed;

		private long conclusions;

		private long findings;

		private long items;

		private long accepted;

		private long published;

		private long overdue;

		private boolean calendarMissing;

		DashboardRow row(Key key) {
			long agencyCount = this.agencies.size();
			return new DashboardRow(key.region(), key.year(), this.plans.size(), this.inspections, agencyCount,
					this.closed, this.conclusions, this.findings, ratio(this.findings, agencyCount), this.items,
					this.accepted, ratio(this.accepted, this.items), this.published,
					this.calendarMissing ? null : this.overdue);
		}

		private static Double ratio(long part, long whole) {
			return (whole == 0) ? null : Math.round(part * 1000.0 / whole) / 1000.0;
		}

	}

}
