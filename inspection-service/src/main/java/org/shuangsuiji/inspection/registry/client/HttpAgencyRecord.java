package org.shuangsuiji.inspection.registry.client;

import org.shuangsuiji.inspection.rectification.AcceptedOutcome;
import org.shuangsuiji.inspection.rectification.AgencyRecord;

/**
 * Writes an accepted rectification item to the agency's record in registry-service, with
 * the caller's token relayed (the registry decides from its own agency record whether
 * this bureau may write). Any failure, a refusal included, is a 503
 * {@code registry-unavailable}: the acceptance is then not stored.
 */
public class HttpAgencyRecord implements AgencyRecord {

	private final RegistryRectificationClient client;

	public HttpAgencyRecord(RegistryRectificationClient client) {
		this.client = client;
	}

	@Override
	public void accepted(AcceptedOutcome o) {
		RegistryRectificationClient.Outcome body = new RegistryRectificationClient.Outcome(o.planId(),
				new RegistryRectificationClient.Finding(o.findingRef(), o.checklistItem(), o.description()),
				o.deadline(), "ACCEPTED", o.acceptedAt(), o.comment());
		RegistryClient.REGISTRY.call(() -> this.client.put(o.agencyId(), o.taskId(), o.itemId(), body), (status) -> {
			throw RegistryClient.REGISTRY.unavailable("registry-service refused to record item " + o.itemId()
					+ " of inspection " + o.taskId() + ": " + status);
		});
	}

}
