package org.shuangsuiji.inspection.config;

import org.shuangsuiji.inspection.evidence.client.EvidenceClient;
import org.shuangsuiji.inspection.evidence.client.HttpTaskEvidence;
import org.shuangsuiji.inspection.registry.client.HttpAgencyDirectory;
import org.shuangsuiji.inspection.registry.client.HttpRegistryPoolReader;
import org.shuangsuiji.inspection.registry.client.RegistryClient;
import org.shuangsuiji.inspection.scoring.client.HttpOfficialSheets;
import org.shuangsuiji.inspection.scoring.client.HttpTemplateCheck;
import org.shuangsuiji.inspection.scoring.client.ScoringClient;
import org.shuangsuiji.platform.web.client.ServiceClientsConfiguration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.service.registry.ImportHttpServices;

/**
 * The clients of registry-service, scoring-service and evidence-service: the HTTP service
 * groups {@code registry}, {@code scoring} and {@code evidence} (base URLs and timeouts
 * from {@code spring.http.serviceclient.<group>.*}; platform-web's
 * {@link ServiceClientsConfiguration} relays the caller's bearer token, so the other
 * service scopes it by the same user, and sends each request through the Resilience4j
 * instances named after its group), and the adapters that implement the features' ports.
 */
@Configuration(proxyBeanMethods = false)
@ImportHttpServices(group = "registry", types = RegistryClient.class)
@ImportHttpServices(group = "scoring", types = ScoringClient.class)
@ImportHttpServices(group = "evidence", types = EvidenceClient.class)
@Import(ServiceClientsConfiguration.class)
class ServiceClientConfiguration {

	@Bean
	HttpRegistryPoolReader registryPoolReader(RegistryClient client) {
		return new HttpRegistryPoolReader(client);
	}

	@Bean
	HttpTemplateCheck templateCheck(ScoringClient client) {
		return new HttpTemplateCheck(client);
	}

	@Bean
	HttpAgencyDirectory agencyDirectory(RegistryClient client) {
		return new HttpAgencyDirectory(client);
	}

	@Bean
	HttpOfficialSheets officialSheets(ScoringClient client) {
		return new HttpOfficialSheets(client);
	}

	@Bean
	HttpTaskEvidence taskEvidence(EvidenceClient client) {
		return new HttpTaskEvidence(client);
	}

}
