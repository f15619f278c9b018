package org.shuangsuiji.inspection.config;

import java.time.Clock;

import org.shuangsuiji.inspection.audit.AuditTrail;
import org.shuangsuiji.inspection.feedback.FeedbackService;
import org.shuangsuiji.inspection.feedback.FeedbackStore;
import org.shuangsuiji.inspection.feedback.listener.FeedbackAudit;
import org.shuangsuiji.inspection.feedback.persistence.MongoFeedbackStore;
import org.shuangsuiji.inspection.plan.PlanService;
import org.shuangsuiji.inspection.task.TaskStore;
import org.shuangsuiji.platform.event.DomainEvents;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The 意见反馈表 feature on its MongoDB store, with its audit listener. */
@Configuration(proxyBeanMethods = false)
class FeedbackConfiguration {

	@Bean
	MongoFeedbackStore feedbackStore(MongoTemplate mongo) {
		return new MongoFeedbackStore(mongo);
	}

	@Bean
	FeedbackService feedbackService(TaskStore tasks, PlanService plans, FeedbackStore store, DomainEvents events,
			Clock clock) {
		return new FeedbackService(tasks, plans, store, events, clock);
	}

	@Bean
	FeedbackAudit feedbackAudit(AuditTrail trail) {
		return new FeedbackAudit(trail);
	}

}
