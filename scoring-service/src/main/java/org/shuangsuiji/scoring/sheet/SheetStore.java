package org.shuangsuiji.scoring.sheet;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.shuangsuiji.scoring.engine.Evaluation;

/**
 * Where sheets are kept. Every write is one atomic, conditional change of one sheet that
 * also appends its history entry, so no answer is lost and no history entry is missing.
 */
public interface SheetStore {

	/**
	 * Stores a new sheet.
	 * @return {@code false} if the inspection already has such a sheet (the official one,
	 * or this inspector's independent one)
	 */
	boolean insert(Sheet sheet, SheetEvent created);

	/**
	 * Stores a sheet as it already stands (answered, perhaps submitted) with its whole
	 * history, in one write: for a loader carrying finished inspections in, where the API
	 * path's one conditional update per answer is needed for concurrent editing and a
	 * bulk load is not concurrent.
	 * @return {@code false} if the inspection already has such a sheet
	 */
	boolean insert(Sheet sheet, List<SheetEvent> history);

	Optional<Sheet> find(String sheetId);

	List<SheetEvent> history(String sheetId);

	/**
	 * Sets an item's answer if the sheet is a draft and the item is still at the expected
	 * version.
	 */
	Write answer(String sheetId, String itemId, long expectedItemVersion, AnsweredItem answered, SheetEvent event);

	/**
	 * Sets header values if the sheet is a draft and its header is at the expected
	 * version.
	 */
	Write header(String sheetId, long expectedHeaderVersion, Map<String, HeaderValue> values, SheetEvent event);

	/**
	 * Locks the sheet with its result and the result's hash if it is a draft still at the
	 * expected version.
	 */
	Write submit(String sheetId, long expectedVersion, Evaluation result, String resultHash, Instant at, String by,
			SheetEvent event);

	List<Sheet> find(SheetQuery query);

	/** The outcome of a conditional write. */
	enum Write {

		/** Done. */
		APPLIED,
		/** Someone changed it first: the expected version is stale. */
		STALE,
		/** The sheet is submitted. */
		LOCKED,
		/** No such sheet. */
		MISSING

	}

}
