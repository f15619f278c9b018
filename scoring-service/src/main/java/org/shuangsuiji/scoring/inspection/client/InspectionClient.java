package org.shuangsuiji.scoring.inspection.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/** The inspection-service endpoint of ADR 0404 that scopes a sheet to its task. */
@HttpExchange("/api/inspections")
public interface InspectionClient {

	/**
	 * The task and the caller's rights on it; 404 without such a task, 403 when the
	 * caller may not see it.
	 */
	@GetExchange("/tasks/{taskId}/access")
	Access access(@PathVariable("taskId") String taskId);

	/** What this service reads of the access answer; the rest is ignored. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Access(String taskId, String planId, Integer year, String planRegion, String agencyId, String agencyName,
			String agencyRegion, String templateId, Integer templateVersion, String status, List<TeamMember> team,
			String relation, May may) {

	}

	/** One member of the current team. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record TeamMember(String kind, String personId, String name) {

	}

	/** The caller's rights. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record May(boolean answer) {

	}

}
