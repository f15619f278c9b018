package org.shuangsuiji.inspection.dashboard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shuangsuiji.platform.region.Area;
import org.shuangsuiji.platform.region.RegionCode;

/**
 * Keeps the national view's tallies (one per province and plan year) in step with the
 * facts. Counting the whole country's facts at each read joins every task, conclusion,
 * rectification and publication of ten years (docs/capacity.md); a province's year is a
 * small count. So writes mark their province's year stale, and a read recounts only what
 * is stale.
 */
public class NationalTallying {

	private final DashboardFacts facts;

	private final NationalTallies tallies;

	public NationalTallying(DashboardFacts facts, NationalTallies tallies) {
		this.facts = facts;
		this.tallies = tallies;
	}

	/** After a write: the cells it changed are recounted at the next national read. */
	public void touch(Collection<ProvinceYear> cells) {
		if (!cells.isEmpty()) {
			this.tallies.touch(cells);
		}
	}

	/**
	 * Marks every province and year with a task stale. Run at start-up: it makes the
	 * tallies of facts written before they existed, and recounts a cell whose write was
	 * stored but whose touch a stop cut off.
	 * @return how many cells were marked
	 */
	public int touchAll() {
		List<ProvinceYear> cells = this.facts.provinceYears();
		touch(cells);
		return cells.size();
	}

	/**
	 * The tallies of {@code year} (every year when {@code null}), the stale ones
	 * recounted first; a recount that raced a write is answered but not kept.
	 */
	public List<NationalTally> current(Integer year) {
		Map<ProvinceYear, NationalTally> current = new LinkedHashMap<>();
		this.tallies.all(year).forEach((t) -> current.put(t.cell(), t));
		recount(year).forEach((t) -> current.put(t.cell(), t));
		return new ArrayList<>(current.values());
	}

	/**
	 * Recounts every stale cell now, so that the next national read finds them counted.
	 * Run at start-up after {@link #touchAll()}, before the service reports ready: then
	 * every cell is stale, so the whole country is read once, each fact under its
	 * province, instead of once per province and year.
	 * @return how many cells were recounted
	 */
	public int recountStale() {
		List<NationalTallies.Stale> stale = this.tallies.stale(null);
		if (stale.isEmpty()) {
			return 0;
		}
		Map<Figures.Key, Figures> counted = Figures.Facts.read(this.facts, Area.NATION, null)
			.by((agencyRegion) -> RegionCode.of(agencyRegion).province().value());
		for (NationalTallies.Stale cell : stale) {
			Figures figures = counted.get(new Figures.Key(cell.cell().year(), cell.cell().province().value()));
			this.tallies.save(((figures != null) ? figures : new Figures()).tally(cell.cell()), cell.generation());
		}
		return stale.size();
	}

	/** The stale cells of the year (every year when null), recounted and saved. */
	private List<NationalTally> recount(Integer year) {
		List<NationalTally> counted = new ArrayList<>();
		for (NationalTallies.Stale stale : this.tallies.stale(year)) {
			NationalTally tally = count(stale.cell());
			this.tallies.save(tally, stale.generation());
			counted.add(tally);
		}
		return counted;
	}

	/** One province's year counted from the stored facts. */
	NationalTally count(ProvinceYear cell) {
		String province = cell.province().value();
		Figures figures = Figures.Facts.read(this.facts, Area.of(cell.province()), cell.year())
			.by((agencyRegion) -> province)
			.get(new Figures.Key(cell.year(), province));
		return (figures != null) ? figures.tally(cell) : new Figures().tally(cell);
	}

}
