package org.shuangsuiji.scoring.template.web;

import java.time.Instant;

import org.shuangsuiji.scoring.template.StoredTemplate;
import org.shuangsuiji.scoring.template.Template;
import org.shuangsuiji.scoring.template.TemplateKind;

/** A template version in a list. */
public record TemplateSummary(String templateId, int version, String region, int year, TemplateKind kind, String title,
		boolean inUse, Instant createdAt) {

	static TemplateSummary of(StoredTemplate stored) {
		Template template = stored.template();
		return new TemplateSummary(template.templateId(), template.version(), template.region().value(),
				template.year(), template.kind(), template.title(), stored.inUse(), stored.createdAt());
	}

}
