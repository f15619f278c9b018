package org.shuangsuiji.scoring.evidence.client;

import java.util.List;

import org.shuangsuiji.platform.problem.OutOfScopeException;
import org.shuangsuiji.platform.web.client.DependencyCalls;
import org.shuangsuiji.scoring.sheet.InspectionEvidence;

import org.springframework.http.HttpStatus;

/**
 * Asks evidence-service for an inspection's evidence. Its 403 is passed on as it is;
 * anything else that goes wrong (it is down, failing, or answers without a list) is 503
 * {@code evidence-unavailable}: an id that cannot be checked is never taken on trust.
 */
public class HttpInspectionEvidence implements InspectionEvidence {

	private static final DependencyCalls EVIDENCE = new DependencyCalls("evidence-service", "evidence-unavailable");

	private final EvidenceClient client;

	public HttpInspectionEvidence(EvidenceClient client) {
		this.client = client;
	}

	@Override
	public List<Evidence> of(String inspectionId) {
		EvidenceClient.InspectionEvidence answer = EVIDENCE.call(() -> this.client.inspection(inspectionId),
				(status) -> {
					if (status.isSameCodeAs(HttpStatus.FORBIDDEN)) {
						throw new OutOfScopeException("evidence-service does not let the caller read the evidence of "
								+ "inspection " + inspectionId);
					}
					throw EVIDENCE.refused(status);
				});
		if (answer == null || answer.records() == null) {
			throw EVIDENCE.unavailable("evidence-service answered inspection " + inspectionId + " without its records");
		}
		return answer.records()
			.stream()
			.map((record) -> new Evidence(record.id(), record.inspectionId(), record.withdrawn()))
			.toList();
	}

}
