package org.shuangsuiji.inspection.demo;

import java.time.Clock;

import org.shuangsuiji.inspection.audit.AuditTrail;
import org.shuangsuiji.inspection.draw.DrawService;
import org.shuangsuiji.inspection.draw.DrawStore;
import org.shuangsuiji.inspection.plan.PlanStore;
import org.shuangsuiji.inspection.task.TaskService;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The local run's demo plans, loaded after the start-up repair when
 * {@code inspection.demo.enabled} is true (the {@code local} profile).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "inspection.demo.enabled", havingValue = "true")
class DemoConfiguration {

	@Bean
	@Order(100)
	DemoPlanLoader demoPlanLoader(DemoProperties properties, PlanStore plans, DrawStore draws, DrawService drawService,
			TaskService taskService, AuditTrail audit, JwtDecoder jwtDecoder, Clock clock) {
		return new DemoPlanLoader(properties, plans, draws, drawService, taskService, audit, jwtDecoder, clock);
	}

}
