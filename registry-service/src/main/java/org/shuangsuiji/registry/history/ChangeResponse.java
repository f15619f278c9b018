package org.shuangsuiji.registry.history;

import java.time.Instant;
import java.util.List;

/**
 * One history entry on the wire.
 *
 * @param at when
 * @param actorId who (user id)
 * @param actorName who (display name)
 * @param action what was done
 * @param source api, import:file or demo-data
 * @param changes the fields that changed
 */
public record ChangeResponse(Instant at, String actorId, String actorName, String action, String source,
		List<FieldChange> changes) {

	public static ChangeResponse of(ChangeRecord record) {
		return new ChangeResponse(record.at(), record.actorId(), record.actorName(), record.action(), record.source(),
				record.changes());
	}

}
