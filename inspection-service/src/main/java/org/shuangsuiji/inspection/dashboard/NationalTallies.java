package org.shuangsuiji.inspection.dashboard;

import java.util.Collection;
import java.util.List;

/**
 * Where the national view's tallies are kept, one per province and plan year. A write
 * that changes what a tally counts marks it stale ({@link #touch}); the next national
 * read recomputes the stale ones from the stored facts and saves each only if nothing
 * touched it meanwhile, so a recount that raced a write is never kept.
 */
public interface NationalTallies {

	/**
	 * Marks the cells stale (creating them when new): each gets a new generation.
	 */
	void touch(Collection<ProvinceYear> cells);

	/** Stale cells, of {@code year} when given, with their current generation. */
	List<Stale> stale(Integer year);

	/**
	 * Saves a recount made after reading {@code generation}.
	 * @return false when the cell was touched again since (the recount may miss that
	 * write; it stays stale)
	 */
	boolean save(NationalTally tally, long generation);

	/** Every saved tally, of {@code year} when given; a cell never counted has none. */
	List<NationalTally> all(Integer year);

	/** A stale cell and the generation a recount must be saved against. */
	record Stale(ProvinceYear cell, long generation) {
	}

}
