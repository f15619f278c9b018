package org.shuangsuiji.inspection.config;

import java.time.Clock;

import org.shuangsuiji.inspection.audit.AuditTrail;
import org.shuangsuiji.inspection.plan.PlanService;
import org.shuangsuiji.inspection.rectification.AgencyRecord;
import org.shuangsuiji.inspection.rectification.RectificationService;
import org.shuangsuiji.inspection.rectification.RectificationStore;
import org.shuangsuiji.inspection.rectification.listener.RectificationAudit;
import org.shuangsuiji.inspection.rectification.persistence.MongoRectificationStore;
import org.shuangsuiji.inspection.registry.client.HttpAgencyRecord;
import org.shuangsuiji.inspection.registry.client.RegistryRectificationClient;
import org.shuangsuiji.inspection.task.TaskStore;
import org.shuangsuiji.platform.event.DomainEvents;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.service.registry.ImportHttpServices;

/**
 * Rectification on its MongoDB store, with its audit listener and the agency's record in
 * registry-service (the client joins the {@code registry} HTTP service group, so it has
 * its base URL, timeouts, the token relay and the Resilience4j instances
 * {@code registry}).
 */
@Configuration(proxyBeanMethods = false)
@ImportHttpServices(group = "registry", types = RegistryRectificationClient.class)
class RectificationConfiguration {

	@Bean
	MongoRectificationStore rectificationStore(MongoTemplate mongo) {
		return new MongoRectificationStore(mongo);
	}

	@Bean
	HttpAgencyRecord agencyRecord(RegistryRectificationClient client) {
		return new HttpAgencyRecord(client);
	}

	@Bean
	RectificationService rectificationService(TaskStore tasks, PlanService plans, RectificationStore store,
			AgencyRecord agencyRecord, DomainEvents events, Clock clock) {
		return new RectificationService(tasks, plans, store, agencyRecord, events, clock);
	}

	@Bean
	RectificationAudit rectificationAudit(AuditTrail trail) {
		return new RectificationAudit(trail);
	}

}
