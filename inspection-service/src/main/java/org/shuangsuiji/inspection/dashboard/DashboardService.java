package org.shuangsuiji.inspection.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
 * code. The nation is read from the provinces' stored tallies ({@link NationalTallying}),
 * every other area from the facts at the time of the call.
 */
public class DashboardService {

	private final DashboardFacts facts;

	private final NationalTallying national;

	private final WorkingDays calendar;

	private final Clock clock;

	public DashboardService(DashboardFacts facts, NationalTallying national, WorkingDays calendar, Clock clock) {
		this.facts = facts;
		this.national = national;
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
		if (area instanceof Area.Nation) {
			List<NationalTally> tallies = this.national.current(year);
			return new InspectionDashboard(area.code(), year, PublicationDeadlines.WORKING_DAYS, today,
					nationRows(tallies, false, today), nationRows(tallies, true, today));
		}
		// read once, counted twice: by sub-area for the rows, as one area for the totals
		Figures.Facts facts = Figures.Facts.read(this.facts, area, year);
		return new InspectionDashboard(area.code(), year, PublicationDeadlines.WORKING_DAYS, today,
				rows(facts.by((agencyRegion) -> subRegionOf(area, agencyRegion)), today),
				rows(facts.by((agencyRegion) -> area.code()), today));
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

	/**
	 * The nation's rows from the provinces' stored tallies, by province ({@code whole}
	 * false) or as one total per year.
	 */
	private List<DashboardRow> nationRows(List<NationalTally> tallies, boolean whole, LocalDate today) {
		Map<Figures.Key, Figures> figures = new TreeMap<>();
		for (NationalTally tally : tallies) {
			if (!tally.empty()) {
				String region = whole ? Area.NATION_CODE : tally.cell().province().value();
				figures.computeIfAbsent(new Figures.Key(tally.cell().year(), region), (k) -> new Figures()).add(tally);
			}
		}
		return rows(figures, today);
	}

	private List<DashboardRow> rows(Map<Figures.Key, Figures> figures, LocalDate today) {
		List<DashboardRow> rows = new ArrayList<>();
		figures.forEach((k, f) -> rows.add(f.row(k, this.calendar, today)));
		rows.sort(Comparator.comparingInt(DashboardRow::year).thenComparing(DashboardRow::region));
		return rows;
	}

}
