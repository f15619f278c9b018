package org.shuangsuiji.inspection.registry.client;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;

import org.shuangsuiji.inspection.rectification.AcceptedOutcome;
import org.shuangsuiji.inspection.rectification.AgencyRecord;
import org.shuangsuiji.platform.problem.DependencyUnavailableException;

import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClientException;

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
		String what = "item " + o.itemId() + " of inspection " + o.taskId();
		try {
			this.client.put(o.agencyId(), o.taskId(), o.itemId(), body);
		}
		catch (CallNotPermittedException ex) {
			throw unavailable("registry-service is failing; its circuit breaker is open, try again later");
		}
		catch (HttpClientErrorException ex) {
			throw unavailable("registry-service refused to record " + what + ": " + ex.getStatusCode() + " "
					+ ex.getResponseBodyAsString());
		}
		catch (RestClientException ex) {
			throw unavailable("registry-service did not record " + what + ": " + ex.getMessage());
		}
	}

	private static DependencyUnavailableException unavailable(String detail) {
		return (DependencyUnavailableException) new DependencyUnavailableException("registry-unavailable", detail)
			.with("dependency", "registry-service");
	}

}
