package org.shuangsuiji.inspection.config;

import org.shuangsuiji.inspection.evidence.client.EvidenceCalls;
import org.shuangsuiji.inspection.evidence.client.EvidenceClient;
import org.shuangsuiji.inspection.evidence.client.HttpTaskEvidence;
import org.shuangsuiji.inspection.registry.client.HttpAgencyDirectory;
import org.shuangsuiji.inspection.registry.client.HttpRegistryPoolReader;
import org.shuangsuiji.inspection.registry.client.RegistryCalls;
import org.shuangsuiji.inspection.registry.client.RegistryClient;
import org.shuangsuiji.inspection.scoring.client.HttpOfficialSheets;
import org.shuangsuiji.inspection.scoring.client.HttpTemplateCheck;
import org.shuangsuiji.inspection.scoring.client.ScoringCalls;
import org.shuangsuiji.inspection.scoring.client.ScoringClient;
import org.shuangsuiji.platform.web.client.BearerTokenRelay;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.support.RestClientHttpServiceGroupConfigurer;
import org.springframework.web.service.registry.ImportHttpServices;

/**
 * The clients of registry-service, scoring-service and evidence-service: the HTTP service
 * groups {@code registry}, {@code scoring} and {@code evidence} (base URLs and timeouts
 * from {@code spring.http.serviceclient.<group>.*}, the caller's bearer token relayed so
 * the other service scopes it by the same user), the calls behind their named
 * Resilience4j instances, and the adapters that implement the features' ports.
 */
@Configuration(proxyBeanMethods = false)
@ImportHttpServices(group = "registry", types = RegistryClient.class)
@ImportHttpServices(group = "scoring", types = ScoringClient.class)
@ImportHttpServices(group = "evidence", types = EvidenceClient.class)
class ServiceClientConfiguration {

	@Bean
	RestClientHttpServiceGroupConfigurer tokenRelayConfigurer() {
		return (groups) -> groups.forEachClient((group, builder) -> builder.requestInterceptor(new BearerTokenRelay()));
	}

	@Bean
	RegistryCalls registryCalls(RegistryClient client) {
		return new RegistryCalls(client);
	}

	@Bean
	HttpRegistryPoolReader registryPoolReader(RegistryCalls calls) {
		return new HttpRegistryPoolReader(calls);
	}

	@Bean
	ScoringCalls scoringCalls(ScoringClient client) {
		return new ScoringCalls(client);
	}

	@Bean
	HttpTemplateCheck templateCheck(ScoringCalls calls) {
		return new HttpTemplateCheck(calls);
	}

	@Bean
	HttpAgencyDirectory agencyDirectory(RegistryCalls calls) {
		return new HttpAgencyDirectory(calls);
	}

	@Bean
	HttpOfficialSheets officialSheets(ScoringCalls calls) {
		return new HttpOfficialSheets(calls);
	}

	@Bean
	EvidenceCalls evidenceCalls(EvidenceClient client) {
		return new EvidenceCalls(client);
	}

	@Bean
	HttpTaskEvidence taskEvidence(EvidenceCalls calls) {
		return new HttpTaskEvidence(calls);
	}

}
