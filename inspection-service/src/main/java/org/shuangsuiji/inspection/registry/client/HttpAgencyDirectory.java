package org.shuangsuiji.inspection.registry.client;

import java.util.List;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;

import org.shuangsuiji.inspection.task.AgencyCertificate;
import org.shuangsuiji.inspection.task.AgencyDirectory;
import org.shuangsuiji.inspection.task.RegisteredAgency;
import org.shuangsuiji.platform.problem.DependencyUnavailableException;

import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClientException;

/**
 * Reads the inspected agency for its fact sheet from registry-service, with the caller's
 * token relayed. Any failure, a refusal included, is a 503: the fact sheet is never
 * issued from a guess.
 */
public class HttpAgencyDirectory implements AgencyDirectory {

	private final RegistryCalls calls;

	public HttpAgencyDirectory(RegistryCalls calls) {
		this.calls = calls;
	}

	@Override
	public RegisteredAgency agency(String agencyId) {
		RegistryClient.AgencyDetail agency;
		try {
			agency = this.calls.agency(agencyId);
		}
		catch (CallNotPermittedException ex) {
			throw unavailable("registry-service is failing; its circuit breaker is open, try again later");
		}
		catch (HttpClientErrorException ex) {
			throw unavailable("registry-service refused to show agency " + agencyId + ": " + ex.getStatusCode());
		}
		catch (RestClientException ex) {
			throw unavailable("registry-service did not answer: " + ex.getMessage());
		}
		if (agency == null || agency.name() == null) {
			throw unavailable("registry-service answered agency " + agencyId + " without a name");
		}
		List<RegistryClient.Certificate> certificates = (agency.certificates() != null) ? agency.certificates()
				: List.of();
		return new RegisteredAgency(agency.name(), agency.creditCode(),
				certificates.stream()
					.map((c) -> new AgencyCertificate(c.kind(), c.number(), c.issuer(), c.validFrom(), c.validUntil()))
					.toList());
	}

	private static DependencyUnavailableException unavailable(String detail) {
		return (DependencyUnavailableException) new DependencyUnavailableException("registry-unavailable", detail)
			.with("dependency", "registry-service");
	}

}
