package org.shuangsuiji.inspection.config;

import java.time.Clock;

import org.shuangsuiji.inspection.plan.PlanService;
import org.shuangsuiji.inspection.selfinspection.SelfInspectionService;
import org.shuangsuiji.inspection.selfinspection.SelfInspectionStore;
import org.shuangsuiji.inspection.selfinspection.persistence.MongoSelfInspectionStore;
import org.shuangsuiji.inspection.task.TaskStore;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Self-inspection reports on their MongoDB store. */
@Configuration(proxyBeanMethods = false)
class SelfInspectionConfiguration {

	@Bean
	MongoSelfInspectionStore selfInspectionStore(MongoTemplate mongo) {
		return new MongoSelfInspectionStore(mongo);
	}

	@Bean
	SelfInspectionService selfInspectionService(PlanService plans, TaskStore tasks, SelfInspectionStore store,
			Clock clock) {
		return new SelfInspectionService(plans, tasks, store, clock);
	}

}
