package org.shuangsuiji.scoring.sheet;

import java.time.Instant;

import org.shuangsuiji.scoring.engine.ItemAnswer;

/**
 * The current answer to one item of a sheet.
 *
 * @param answer the answer
 * @param version 1 for the first answer, +1 for each change; a change must name the
 * version it replaces
 * @param answeredBy the user who gave this answer
 * @param answeredByName their display name
 * @param answeredAt when
 */
public record AnsweredItem(ItemAnswer answer, long version, String answeredBy, String answeredByName,
		Instant answeredAt) {

}
