package org.shuangsuiji.inspection.registry.client;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PutExchange;

/**
 * The registry-service endpoint that keeps an inspection's rectification outcome on the
 * agency's record: an idempotent PUT, one resource per task and item.
 */
@HttpExchange("/api/registry")
public interface RegistryRectificationClient {

	@PutExchange("/agencies/{agencyId}/inspection-rectifications/{taskId}/{itemId}")
	ResponseEntity<Void> put(@PathVariable("agencyId") String agencyId, @PathVariable("taskId") String taskId,
			@PathVariable("itemId") String itemId, @RequestBody Outcome outcome);

	/**
	 * The outcome as the registry reads it; who accepted is the relayed token's user.
	 *
	 * @param planId the inspection plan
	 * @param finding the finding the item came from
	 * @param deadline the 整改时限
	 * @param outcome {@code ACCEPTED}, the only settled outcome
	 * @param acceptedAt when the bureau accepted
	 * @param comment the bureau's comment
	 */
	record Outcome(String planId, Finding finding, LocalDate deadline, String outcome, Instant acceptedAt,
			String comment) {
	}

	/**
	 * The finding: its reference in the inspection, the checklist item, what had to be
	 * put right.
	 */
	record Finding(String ref, String templateItemId, String text) {
	}

}
