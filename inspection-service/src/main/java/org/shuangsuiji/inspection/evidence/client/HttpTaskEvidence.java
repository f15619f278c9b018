package org.shuangsuiji.inspection.evidence.client;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;

import org.shuangsuiji.inspection.task.TaskEvidence;
import org.shuangsuiji.platform.problem.DependencyUnavailableException;

import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClientException;

/**
 * A task's evidence in evidence-service, with the caller's token relayed. An inspection
 * with nothing recorded (404) is an empty chain; any other failure is a 503.
 */
public class HttpTaskEvidence implements TaskEvidence {

	private final EvidenceCalls calls;

	public HttpTaskEvidence(EvidenceCalls calls) {
		this.calls = calls;
	}

	@Override
	public Chain chain(String taskId) {
		EvidenceClient.Inspection inspection;
		try {
			inspection = call(() -> this.calls.inspection(taskId));
		}
		catch (HttpClientErrorException ex) {
			if (ex.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
				return new Chain(Set.of(), null);
			}
			throw unavailable("evidence-service refused the request: " + ex.getStatusCode());
		}
		List<EvidenceClient.Record> records = (inspection != null && inspection.records() != null)
				? inspection.records() : List.of();
		Set<String> kinds = records.stream()
			.filter((r) -> !r.withdrawn() && r.kind() != null)
			.map(EvidenceClient.Record::kind)
			.collect(Collectors.toSet());
		return new Chain(kinds, (inspection != null) ? inspection.headHash() : null);
	}

	@Override
	public Optional<String> close(String taskId, String note) {
		EvidenceClient.Closed closed;
		try {
			closed = call(() -> this.calls.close(taskId, note));
		}
		catch (HttpClientErrorException ex) {
			throw unavailable("evidence-service refused to close the inspection: " + ex.getStatusCode());
		}
		return Optional.ofNullable(closed).map(EvidenceClient.Closed::headHash).filter((h) -> !h.isBlank());
	}

	/** Runs the call; client errors (4xx) are left to the caller. */
	private static <T> T call(Supplier<T> call) {
		try {
			return call.get();
		}
		catch (CallNotPermittedException ex) {
			throw unavailable("evidence-service is failing; its circuit breaker is open, try again later");
		}
		catch (HttpClientErrorException ex) {
			throw ex;
		}
		catch (RestClientException ex) {
			throw unavailable("evidence-service did not answer: " + ex.getMessage());
		}
	}

	private static DependencyUnavailableException unavailable(String detail) {
		return (DependencyUnavailableException) new DependencyUnavailableException("evidence-unavailable", detail)
			.with("dependency", "evidence-service");
	}

}
