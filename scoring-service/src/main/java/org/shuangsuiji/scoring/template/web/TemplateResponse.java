package org.shuangsuiji.scoring.template.web;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.shuangsuiji.scoring.template.StoredTemplate;
import org.shuangsuiji.scoring.template.Template;

/**
 * A template version: the template's own fields ({@code templateId}, {@code version},
 * {@code region}, {@code year}, {@code kind}, {@code title}, {@code parts} …) at the top
 * level, plus whether it is in use and where it came from. inspection-service reads this
 * shape.
 */
public record TemplateResponse(@JsonUnwrapped Template template, boolean inUse, String origin, Instant createdAt,
		String createdBy) {

	static TemplateResponse of(StoredTemplate stored) {
		return new TemplateResponse(stored.template(), stored.inUse(), stored.origin().name(), stored.createdAt(),
				stored.createdBy());
	}

}
