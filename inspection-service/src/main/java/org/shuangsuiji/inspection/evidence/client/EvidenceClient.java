package org.shuangsuiji.inspection.evidence.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.shuangsuiji.platform.web.client.DependencyCalls;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/** The evidence-service endpoints closing a task uses. */
@HttpExchange("/api/evidence/inspections")
public interface EvidenceClient {

	/**
	 * How a failed call to evidence-service reads as a problem, for every adapter of this
	 * package.
	 */
	DependencyCalls EVIDENCE = new DependencyCalls("evidence-service", "evidence-unavailable");

	/** An inspection's evidence chain; 404 when nothing was recorded for it. */
	@GetExchange("/{inspectionId}")
	Inspection inspection(@PathVariable("inspectionId") String inspectionId);

	/**
	 * Closes the inspection's evidence (idempotent); the answer carries the chain's head
	 * hash in newer versions.
	 */
	@PostExchange("/{inspectionId}/close")
	Closed close(@PathVariable("inspectionId") String inspectionId, @RequestBody CloseRequest request);

	/** An inspection's evidence: the records in chain order and the chain's head. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Inspection(String inspectionId, boolean closed, String headHash, List<Record> records) {
	}

	/** One evidence record: its kind (e.g. {@code GATE_PHOTO}) and whether withdrawn. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Record(String id, String kind, boolean withdrawn) {
	}

	record CloseRequest(String note) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Closed(String inspectionId, boolean closed, String headHash) {
	}

}
