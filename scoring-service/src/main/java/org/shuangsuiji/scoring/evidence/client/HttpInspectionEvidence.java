package org.shuangsuiji.scoring.evidence.client;

import java.util.List;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;

import org.shuangsuiji.platform.problem.DependencyUnavailableException;
import org.shuangsuiji.platform.problem.OutOfScopeException;
import org.shuangsuiji.scoring.sheet.InspectionEvidence;

import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClientException;

/**
 * Asks evidence-service for an inspection's evidence. Its 403 is passed on as it is;
 * anything else that goes wrong (it is down, failing, or answers without a list) is 503
 * {@code evidence-unavailable}: an id that cannot be checked is never taken on trust.
 */
public class HttpInspectionEvidence implements InspectionEvidence {

	private final EvidenceCalls calls;

	public HttpInspectionEvidence(EvidenceCalls calls) {
		this.calls = calls;
	}

	@Override
	public List<Evidence> of(String inspectionId) {
		EvidenceClient.InspectionEvidence answer;
		try {
			answer = this.calls.inspection(inspectionId);
		}
		catch (HttpClientErrorException ex) {
			if (ex.getStatusCode().isSameCodeAs(HttpStatus.FORBIDDEN)) {
				throw new OutOfScopeException(
						"evidence-service does not let the caller read the evidence of inspection " + inspectionId);
			}
			throw unavailable("evidence-service refused the request: " + ex.getStatusCode());
		}
		catch (CallNotPermittedException ex) {
			throw unavailable("evidence-service is failing; its circuit breaker is open, try again later");
		}
		catch (RestClientException ex) {
			throw unavailable("evidence-service did not answer: " + ex.getMessage());
		}
		if (answer == null || answer.records() == null) {
			throw unavailable("evidence-service answered inspection " + inspectionId + " without its records");
		}
		return answer.records()
			.stream()
			.map((record) -> new Evidence(record.id(), record.inspectionId(), record.withdrawn()))
			.toList();
	}

	private static DependencyUnavailableException unavailable(String detail) {
		return (DependencyUnavailableException) new DependencyUnavailableException("evidence-unavailable", detail)
			.with("dependency", "evidence-service");
	}

}
