package org.shuangsuiji.inspection.registry.client;

import java.util.List;

import org.shuangsuiji.inspection.task.AgencyCertificate;
import org.shuangsuiji.inspection.task.AgencyDirectory;
import org.shuangsuiji.inspection.task.RegisteredAgency;

/**
 * Reads the inspected agency for its fact sheet from registry-service, with the caller's
 * token relayed. Any failure, a refusal included, is a 503: the fact sheet is never
 * issued from a guess.
 */
public class HttpAgencyDirectory implements AgencyDirectory {

	private final RegistryClient client;

	public HttpAgencyDirectory(RegistryClient client) {
		this.client = client;
	}

	@Override
	public RegisteredAgency agency(String agencyId) {
		RegistryClient.AgencyDetail agency = RegistryClient.REGISTRY.call(() -> this.client.agency(agencyId),
				(status) -> {
					throw RegistryClient.REGISTRY
						.unavailable("registry-service refused to show agency " + agencyId + ": " + status);
				});
		if (agency == null || agency.name() == null) {
			throw RegistryClient.REGISTRY
				.unavailable("registry-service answered agency " + agencyId + " without a name");
		}
		List<RegistryClient.Certificate> certificates = (agency.certificates() != null) ? agency.certificates()
				: List.of();
		return new RegisteredAgency(agency.name(), agency.creditCode(),
				certificates.stream()
					.map((c) -> new AgencyCertificate(c.kind(), c.number(), c.issuer(), c.validFrom(), c.validUntil()))
					.toList());
	}

}
