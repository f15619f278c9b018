package org.shuangsuiji.registry.importing;

import java.util.List;

import org.shuangsuiji.platform.tables.Table;

/**
 * What one kind of file needs from the import pipeline of {@link ImportService} (which
 * also knows the kind's required columns): the plan for every row (each fault added to
 * {@code errors}, nothing written), and the writes of a plan that had no fault.
 *
 * @param <T> the record a row becomes
 */
interface SheetImport<T> {

	/**
	 * Reads and checks every row (cells, rules, duplicates in the file, scope, what is
	 * stored) and plans its effect; a row with a fault adds it to {@code errors} and is
	 * left out.
	 */
	List<Planned<T>> plan(ImportRun run, Table table, List<ImportError> errors);

	/**
	 * Writes what the plan changes, as upserts keyed by the record's natural key, so that
	 * writing the same plan again changes nothing.
	 */
	void apply(ImportRun run, List<Planned<T>> plan);

}
