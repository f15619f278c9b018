package org.shuangsuiji.inspection.dashboard;

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
import org.shuangsuiji.platform.region.Area;

/**
 * The running figures of one region and year, from the stored facts or from stored
 * tallies. Visit days are kept until a row is made: overdue depends on the day it is
 * read.
 */
final class Figures {

	private final Set<String> plans = new HashSet<>();

	private final Set<String> agencies = new HashSet<>();

	private final List<LocalDate> unpublishedVisits = new ArrayList<>();

	private long inspections;

	private long closed;

	private long conclusions;

	private long findings;

	private long items;

	private long accepted;

	private long published;

	/** A row's place: the plan year, then the region. */
	record Key(int year, String region) implements Comparable<Key> {

		@Override
		public int compareTo(Key other) {
			return Comparator.comparingInt(Key::year).thenComparing(Key::region).compare(this, other);
		}

	}

	/**
	 * The stored facts of one area (and year), read once so that they can be counted
	 * under more than one key: a view's rows and its totals.
	 */
	record Facts(List<DashboardFacts.TaskTally> tasks, List<DashboardFacts.Tally> findings,
			List<DashboardFacts.Tally> rectifications, List<DashboardFacts.Tally> publications,
			List<DashboardFacts.Visit> unpublishedVisits) {

		/** The facts of {@code region}, of {@code year} when given. */
		static Facts read(DashboardFacts facts, Area region, Integer year) {
			return new Facts(facts.tasks(region, year), facts.findings(region, year),
					facts.rectifications(region, year), facts.publications(region, year),
					facts.unpublishedVisits(region, year));
		}

		/** Each fact counted under the key of its agency region. */
		Map<Key, Figures> by(Function<String, String> key) {
			Map<Key, Figures> figures = new TreeMap<>();
			Function<Key, Figures> at = (k) -> figures.computeIfAbsent(k, (x) -> new Figures());
			for (DashboardFacts.TaskTally t : this.tasks) {
				Figures f = at.apply(new Key(t.year(), key.apply(t.agencyRegion())));
				f.plans.addAll(t.planIds());
				f.agencies.addAll(t.agencyIds());
				f.inspections += t.inspections();
				f.closed += t.closed();
			}
			for (DashboardFacts.Tally t : this.findings) {
				Figures f = at.apply(new Key(t.year(), key.apply(t.agencyRegion())));
				f.conclusions += t.count();
				f.findings += t.sum();
			}
			for (DashboardFacts.Tally t : this.rectifications) {
				Figures f = at.apply(new Key(t.year(), key.apply(t.agencyRegion())));
				f.items += t.count();
				f.accepted += t.sum();
			}
			for (DashboardFacts.Tally t : this.publications) {
				at.apply(new Key(t.year(), key.apply(t.agencyRegion()))).published += t.count();
			}
			for (DashboardFacts.Visit v : this.unpublishedVisits) {
				at.apply(new Key(v.year(), key.apply(v.agencyRegion()))).unpublishedVisits.add(v.day());
			}
			return figures;
		}

	}

	/** Adds a stored tally (plans and agencies as sets: each counted once). */
	Figures add(NationalTally tally) {
		this.plans.addAll(tally.plans());
		this.agencies.addAll(tally.agencies());
		this.unpublishedVisits.addAll(tally.unpublishedVisits());
		this.inspections += tally.inspections();
		this.closed += tally.closed();
		this.conclusions += tally.conclusions();
		this.findings += tally.findings();
		this.items += tally.items();
		this.accepted += tally.accepted();
		this.published += tally.published();
		return this;
	}

	NationalTally tally(ProvinceYear cell) {
		return new NationalTally(cell, this.plans, this.agencies, this.inspections, this.closed, this.conclusions,
				this.findings, this.items, this.accepted, this.published, this.unpublishedVisits);
	}

	/**
	 * The row, with the visits still unpublished
	 * {@value PublicationDeadlines#WORKING_DAYS} working days after the visit on
	 * {@code today} as overdue; {@code null} overdue when the calendar does not hold a
	 * year needed to tell (no guess).
	 */
	DashboardRow row(Key key, WorkingDays calendar, LocalDate today) {
		Long overdue = 0L;
		for (LocalDate day : this.unpublishedVisits) {
			try {
				if (today.isAfter(calendar.after(day, PublicationDeadlines.WORKING_DAYS))) {
					overdue = (overdue == null) ? null : overdue + 1;
				}
			}
			catch (CalendarMissingException ex) {
				overdue = null;
			}
		}
		long agencyCount = this.agencies.size();
		return new DashboardRow(key.region(), key.year(), this.plans.size(), this.inspections, agencyCount, this.closed,
				this.conclusions, this.findings, ratio(this.findings, agencyCount), this.items, this.accepted,
				ratio(this.accepted, this.items), this.published, overdue);
	}

	private static Double ratio(long part, long whole) {
		return (whole == 0) ? null : Math.round(part * 1000.0 / whole) / 1000.0;
	}

}
