package org.shuangsuiji.inspection.scoring.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import tools.jackson.databind.JsonNode;

import org.shuangsuiji.platform.web.client.DependencyCalls;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * The scoring-service endpoints: a plan's template reference, and a task's official sheet
 * when the task is closed.
 */
@HttpExchange("/api/scoring")
public interface ScoringClient {

	/**
	 * How a failed call to scoring-service reads as a problem, for every adapter of this
	 * package.
	 */
	DependencyCalls SCORING = new DependencyCalls("scoring-service", "scoring-unavailable");

	/** A template version; 404 when it does not exist. */
	@GetExchange("/templates/{templateId}/versions/{version}")
	TemplateVersion template(@PathVariable("templateId") String templateId, @PathVariable("version") int version);

	/** The sheets of one inspection in one mode (OFFICIAL: the team's sheet). */
	@GetExchange("/sheets")
	List<SheetSummary> sheets(@RequestParam("inspectionId") String inspectionId, @RequestParam("mode") String mode);

	@GetExchange("/sheets/{sheetId}")
	Sheet sheet(@PathVariable("sheetId") String sheetId);

	/** A submitted sheet's full result. */
	@GetExchange("/sheets/{sheetId}/result")
	JsonNode result(@PathVariable("sheetId") String sheetId);

	/** A sheet in a list. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record SheetSummary(String id, String inspectionId, String mode, String status) {
	}

	/**
	 * A sheet; {@code resultHash} is set once submitted (older versions leave it out).
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Sheet(String id, String inspectionId, String mode, String status, String resultHash) {
	}

	/** What this service reads of a template version. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record TemplateVersion(String templateId, int version, String region, int year, String kind, String title) {
	}

}
