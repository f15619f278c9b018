package org.shuangsuiji.scoring.sheet.web;

import java.time.Instant;

import org.shuangsuiji.scoring.engine.ItemAnswer;
import org.shuangsuiji.scoring.sheet.AnsweredItem;

/** An item's current answer, its version (to send back with a change) and who gave it. */
public record ItemResponse(String itemId, long version, ItemAnswer answer, String answeredBy, String answeredByName,
		Instant answeredAt) {

	static ItemResponse of(String itemId, AnsweredItem answered) {
		return new ItemResponse(itemId, answered.version(), answered.answer(), answered.answeredBy(),
				answered.answeredByName(), answered.answeredAt());
	}

}
