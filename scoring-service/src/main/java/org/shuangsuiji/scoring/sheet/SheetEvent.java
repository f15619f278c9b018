package org.shuangsuiji.scoring.sheet;

import java.time.Instant;
import java.util.Map;

import org.shuangsuiji.scoring.engine.ItemAnswer;

/**
 * One entry of a sheet's append-only history: who did what, when.
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

	/** What happened to the sheet. */
	public enum Action {

		CREATED, ANSWERED, HEADER_CHANGED, SUBMITTED

	}

}
