package org.shuangsuiji.evidence.inspection.client;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/** The inspection-service endpoint evidence asks before every read and write. */
@HttpExchange("/api/inspections")
public interface InspectionClient {

	/**
	 * The task and the caller's rights (ADR 0404); 404 for an unknown task, 403 when the
	 * caller may not see it.
	 */
	@GetExchange("/tasks/{taskId}/access")
	Access access(@PathVariable("taskId") String taskId);

	/** What this service reads of the answer; the rest is ignored. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Access(String taskId, String agencyId, String agencyRegion, LocalDate inspectionDate, String status,
			String relation, May may) {
	}

	/** The caller's rights. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record May(boolean uploadTeamEvidence, boolean uploadAgencyEvidence, boolean closeEvidence) {
	}

}
