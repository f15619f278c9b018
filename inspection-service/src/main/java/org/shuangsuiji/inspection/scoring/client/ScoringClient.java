package org.shuangsuiji.inspection.scoring.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/** The scoring-service endpoint a plan's template reference is checked against. */
@HttpExchange("/api/scoring")
public interface ScoringClient {

	/** A template version; 404 when it does not exist. */
	@GetExchange("/templates/{templateId}/versions/{version}")
	TemplateVersion template(@PathVariable("templateId") String templateId, @PathVariable("version") int version);

	/** What this service reads of a template version. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record TemplateVersion(String templateId, int version, String region, int year, String kind, String title) {
	}

}
