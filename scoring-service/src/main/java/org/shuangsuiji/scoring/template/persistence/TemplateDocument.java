package org.shuangsuiji.scoring.template.persistence;

import java.time.Instant;

import org.bson.Document;

import org.springframework.data.annotation.Id;

/**
 * One template version as stored. The searchable fields sit beside the definition.
 *
 * @param id {@code <templateId>:<version>}
 */
@org.springframework.data.mongodb.core.mapping.Document("templates")
record TemplateDocument(@Id String id, String templateId, int version, String region, int year, String kind,
		String title, boolean inUse, String origin, Instant createdAt, String createdBy, Document definition) {

	static String idOf(String templateId, int version) {
		return templateId + ":" + version;
	}

}
