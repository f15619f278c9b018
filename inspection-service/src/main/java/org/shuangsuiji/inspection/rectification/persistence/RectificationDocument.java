package org.shuangsuiji.inspection.rectification.persistence;

import java.time.Instant;
import java.util.List;

import org.shuangsuiji.inspection.rectification.RectificationItem;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One inspection's rectification. The items are plain value records without identity of
 * their own, so they are stored as they are.
 */
@Document("rectifications")
record RectificationDocument(@Id String taskId, String planId, String agencyId, String agencyName, String organiser,
		List<RectificationItem> items, Instant completedAt, @Version Long version) {

}
