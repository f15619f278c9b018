package org.shuangsuiji.inspection.dashboard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shuangsuiji.platform.region.Area;

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
		for (NationalTallies.Stale stale : this.tallies.stale(year)) {
			NationalTally counted = count(stale.cell());
			this.tallies.save(counted, stale.generation());
			current.put(stale.cell(), counted);
		}
		return new ArrayList<>(current.values());
	}

	/** One province's year counted from the stored facts. */
	NationalTally count(ProvinceYear cell) {
		String province = cell.province().value();
		Figures figures = Figures.read(this.facts, Area.of(cell.province()), cell.year(), (agencyRegion) -> province)
			.get(new Figures.Key(cell.year(), province));
		return (figures != null) ? figures.tally(cell) : new Figures().tally(cell);
	}

}
