package org.shuangsuiji.inspection.evidence.client;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.shuangsuiji.inspection.task.TaskEvidence;

import org.springframework.http.HttpStatus;

/**
 * A task's evidence in evidence-service, with the caller's token relayed. An inspection
 * with nothing recorded (404) is an empty chain; any other failure is a 503.
 */
public class HttpTaskEvidence implements TaskEvidence {

	private final EvidenceClient client;

	public HttpTaskEvidence(EvidenceClient client) {
		this.client = client;
	}

	@Override
	public Chain chain(String taskId) {
		EvidenceClient.Inspection inspection = EvidenceClient.EVIDENCE.call(() -> this.client.inspection(taskId),
				(status) -> {
					if (status.isSameCodeAs(HttpStatus.NOT_FOUND)) {
						// Nothing recorded: an empty chain.
						return null;
					}
					throw EvidenceClient.EVIDENCE.refused(status);
				});
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
		EvidenceClient.Closed closed = EvidenceClient.EVIDENCE
			.call(() -> this.client.close(taskId, new EvidenceClient.CloseRequest(note)), (status) -> {
				throw EvidenceClient.EVIDENCE
					.unavailable("evidence-service refused to close the inspection: " + status);
			});
		return Optional.ofNullable(closed).map(EvidenceClient.Closed::headHash).filter((h) -> !h.isBlank());
	}

}
