package org.shuangsuiji.scoring.evidence.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/** The evidence-service endpoint that lists an inspection's evidence. */
@HttpExchange("/api/evidence")
public interface EvidenceClient {

	/**
	 * The inspection's evidence in chain order, withdrawn records included; 403 when the
	 * caller may not read it.
	 */
	@GetExchange("/inspections/{inspectionId}")
	InspectionEvidence inspection(@PathVariable("inspectionId") String inspectionId);

	/** What this service reads of the answer; the rest is ignored. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record InspectionEvidence(String inspectionId, List<Record> records) {

	}

	/** One piece of evidence. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Record(String id, String inspectionId, boolean withdrawn) {

	}

}
