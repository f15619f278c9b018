package org.shuangsuiji.inspection.scoring.client;

import java.util.List;

import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;
import io.github.resilience4j.retry.annotation.Retry;
import tools.jackson.databind.JsonNode;

import org.shuangsuiji.platform.web.client.DependencyCalls;

/**
 * The scoring calls behind the named Resilience4j instance {@code scoring} (all GETs).
 */
public class ScoringCalls {

	/**
	 * How a failed call to the service reads as a problem, for every adapter of this
	 * package.
	 */
	static final DependencyCalls SCORING = new DependencyCalls("scoring-service", "scoring-unavailable");

	private final ScoringClient client;

	public ScoringCalls(ScoringClient client) {
		this.client = client;
	}

	@Retry(name = "scoring")
	@CircuitBreaker(name = "scoring")
	public ScoringClient.TemplateVersion template(String templateId, int version) {
		return this.client.template(templateId, version);
	}

	@Retry(name = "scoring")
	@CircuitBreaker(name = "scoring")
	public List<ScoringClient.SheetSummary> officialSheets(String inspectionId) {
		return this.client.sheets(inspectionId, "OFFICIAL");
	}

	@Retry(name = "scoring")
	@CircuitBreaker(name = "scoring")
	public ScoringClient.Sheet sheet(String sheetId) {
		return this.client.sheet(sheetId);
	}

	@Retry(name = "scoring")
	@CircuitBreaker(name = "scoring")
	public JsonNode result(String sheetId) {
		return this.client.result(sheetId);
	}

}
