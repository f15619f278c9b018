package org.shuangsuiji.inspection.config;

import java.time.Clock;

import org.shuangsuiji.inspection.calendar.WorkingDays;
import org.shuangsuiji.inspection.dashboard.DashboardFacts;
import org.shuangsuiji.inspection.dashboard.DashboardService;
import org.shuangsuiji.inspection.dashboard.persistence.MongoDashboardFacts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The inspection dashboard on its MongoDB aggregations. */
@Configuration(proxyBeanMethods = false)
class DashboardConfiguration {

	@Bean
	MongoDashboardFacts dashboardFacts(MongoTemplate mongo) {
		return new MongoDashboardFacts(mongo);
	}

	@Bean
	DashboardService dashboardService(DashboardFacts facts, WorkingDays calendar, Clock clock) {
		return new DashboardService(facts, calendar, clock);
	}

}
