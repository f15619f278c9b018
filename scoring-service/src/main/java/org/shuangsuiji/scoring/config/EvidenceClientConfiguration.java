package org.shuangsuiji.scoring.config;

import org.shuangsuiji.platform.web.client.ServiceClientsConfiguration;
import org.shuangsuiji.scoring.evidence.client.EvidenceClient;
import org.shuangsuiji.scoring.evidence.client.HttpInspectionEvidence;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.service.registry.ImportHttpServices;

/**
 * The client of evidence-service: the HTTP service group {@code evidence} (base URL and
 * timeouts from {@code spring.http.serviceclient.evidence.*}; platform-web's
 * {@link ServiceClientsConfiguration} relays the caller's bearer token, so
 * evidence-service lists the evidence the same user may read, and sends the request
 * through the named Resilience4j instances {@code evidence}), and the adapter that
 * implements the {@code sheet} feature's port.
 */
@Configuration(proxyBeanMethods = false)
@ImportHttpServices(group = "evidence", types = EvidenceClient.class)
@Import(ServiceClientsConfiguration.class)
class EvidenceClientConfiguration {

	@Bean
	HttpInspectionEvidence inspectionEvidence(EvidenceClient client) {
		return new HttpInspectionEvidence(client);
	}

}
