package org.shuangsuiji.inspection.config;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;

import org.shuangsuiji.inspection.audit.AuditTrail;
import org.shuangsuiji.inspection.plan.PlanService;
import org.shuangsuiji.inspection.rectification.RectificationService;
import org.shuangsuiji.inspection.rectification.RectificationStore;
import org.shuangsuiji.inspection.rectification.listener.RectificationAudit;
import org.shuangsuiji.inspection.rectification.persistence.MongoRectificationStore;
import org.shuangsuiji.inspection.task.TaskStore;
import org.shuangsuiji.platform.event.DomainEvents;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Rectification on its MongoDB store, with its audit listener. */
@Configuration(proxyBeanMethods = false)
class RectificationConfiguration {

	@Bean
	MongoRectificationStore rectificationStore(MongoTemplate mongo) {
		return new MongoRectificationStore(mongo);
	}

	@Bean
	RectificationService rectificationService(TaskStore tasks, PlanService plans, RectificationStore store,
			DomainEvents events, Clock clock) {
		return new RectificationService(tasks, plans, store, events, clock);
	}

	@Bean
	RectificationAudit rectificationAudit(AuditTrail trail, MeterRegistry meters) {
		return new RectificationAudit(trail, meters);
	}

}
