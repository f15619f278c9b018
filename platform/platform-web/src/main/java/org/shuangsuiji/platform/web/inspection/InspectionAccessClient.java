package org.shuangsuiji.platform.web.inspection;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * inspection-service's access endpoint (ADR 0404), in the HTTP service group
 * {@code inspection}.
 */
@HttpExchange("/api/inspections")
public interface InspectionAccessClient {

	/**
	 * The task and the caller's rights on it; 404 for an unknown task, 403 when the
	 * caller may not see it.
	 */
	@GetExchange("/tasks/{taskId}/access")
	Access access(@PathVariable("taskId") String taskId);

	/** The answer as sent; what is not read here is ignored. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Access(String taskId, String planId, Integer year, String planRegion, String agencyId, String agencyName,
			String agencyRegion, String templateId, Integer templateVersion, LocalDate inspectionDate, String status,
			List<TeamMember> team, String relation, May may) {
	}

	/** One member of the current team. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record TeamMember(String kind, String personId, String name) {
	}

	/** The caller's rights. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record May(boolean answer, boolean uploadTeamEvidence, boolean uploadAgencyEvidence, boolean closeEvidence) {
	}

}
