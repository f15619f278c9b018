package org.shuangsuiji.scoring.config;

import org.shuangsuiji.platform.web.client.BearerTokenRelay;
import org.shuangsuiji.scoring.evidence.client.EvidenceCalls;
import org.shuangsuiji.scoring.evidence.client.EvidenceClient;
import org.shuangsuiji.scoring.evidence.client.HttpInspectionEvidence;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.support.RestClientHttpServiceGroupConfigurer;
import org.springframework.web.service.registry.ImportHttpServices;

/**
 * The client of evidence-service: the HTTP service group {@code evidence} (base URL and
 * timeouts from {@code spring.http.serviceclient.evidence.*}), the caller's bearer token
 * relayed so evidence-service lists the evidence the same user may read, the call behind
 * the named Resilience4j instance {@code evidence}, and the adapter that implements the
 * {@code sheet} feature's port.
 */
@Configuration(proxyBeanMethods = false)
@ImportHttpServices(group = "evidence", types = EvidenceClient.class)
class EvidenceClientConfiguration {

	@Bean
	RestClientHttpServiceGroupConfigurer evidenceTokenRelayConfigurer() {
		// The relay skips a request that already carries a token, so another configurer
		// relaying on every group does not add a second one.
		return (groups) -> groups.filterByName("evidence")
			.forEachClient((group, builder) -> builder.requestInterceptor(new BearerTokenRelay()));
	}

	@Bean
	EvidenceCalls evidenceCalls(EvidenceClient client) {
		return new EvidenceCalls(client);
	}

	@Bean
	HttpInspectionEvidence inspectionEvidence(EvidenceCalls calls) {
		return new HttpInspectionEvidence(calls);
	}

}
