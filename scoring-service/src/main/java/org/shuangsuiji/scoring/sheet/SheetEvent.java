package org.shuangsuiji.scoring.sheet;

import java.time.Instant;
import java.util.Map;

import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.scoring.engine.ItemAnswer;

/**
 * One entry of a sheet's append-only history: who did what, when. Which fields are set
 * follows from the action; build one with the factory named after it.
 *
 * @param at when
 * @param userId who
 * @param displayName their name
 * @param action what
 * @param itemId the item answered, for {@link Action#ANSWERED}
 * @param itemVersion the item's version after the change
 * @param answer the answer given
 * @param header the header values set, for {@link Action#HEADER_CHANGED}
 * @param detail a summary (the outcome on submission)
 */
public record SheetEvent(Instant at, String userId, String displayName, Action action, String itemId, Long itemVersion,
		ItemAnswer answer, Map<String, HeaderValue> header, String detail) {

	/** The sheet was created. */
	public static SheetEvent created(Instant at, Caller by, String detail) {
		return new SheetEvent(at, by.userId(), by.displayName(), Action.CREATED, null, null, null, null, detail);
	}

	/** An item was answered, giving it this version. */
	public static SheetEvent answered(Instant at, Caller by, String itemId, long itemVersion, ItemAnswer answer) {
		return new SheetEvent(at, by.userId(), by.displayName(), Action.ANSWERED, itemId, itemVersion, answer, null,
				null);
	}

	/** Header or footer fields were set, giving the header this version. */
	public static SheetEvent headerChanged(Instant at, Caller by, long headerVersion, Map<String, HeaderValue> values) {
		return new SheetEvent(at, by.userId(), by.displayName(), Action.HEADER_CHANGED, null, headerVersion, null,
				values, null);
	}

	/** The sheet was submitted, with the outcome as a summary. */
	public static SheetEvent submitted(Instant at, Caller by, String summary) {
		return new SheetEvent(at, by.userId(), by.displayName(), Action.SUBMITTED, null, null, null, null, summary);
	}

	/** What happened to the sheet. */
	public enum Action {

		CREATED, ANSWERED, HEADER_CHANGED, SUBMITTED

	}

}
