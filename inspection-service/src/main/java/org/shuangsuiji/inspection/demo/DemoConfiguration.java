package org.shuangsuiji.inspection.demo;

import java.time.Clock;
import java.util.function.Supplier;

import org.shuangsuiji.inspection.audit.AuditTrail;
import org.shuangsuiji.inspection.draw.DrawService;
import org.shuangsuiji.inspection.draw.DrawStore;
import org.shuangsuiji.inspection.draw.DrawTasks;
import org.shuangsuiji.inspection.draw.RegistryPoolReader;
import org.shuangsuiji.inspection.plan.PlanService;
import org.shuangsuiji.inspection.plan.PlanStore;
import org.shuangsuiji.platform.event.DomainEvents;
import org.shuangsuiji.inspection.task.TaskService;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The local run's demo plans, loaded after the start-up repair when
 * {@code inspection.demo.enabled} is true (the {@code local} profile). The 新乡 2024 draw
 * goes through a draw service of the loader's own whose randomness is the fixed
 * {@link DemoDrawRandom} (ADR 0405); it is no bean, so nothing else can draw with it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "inspection.demo.enabled", havingValue = "true")
class DemoConfiguration {

	@Bean
	@Order(100)
	DemoPlanLoader demoPlanLoader(DemoProperties properties, PlanStore plans, DrawStore draws, DrawService drawService,
			TaskService taskService, AuditTrail audit, JwtDecoder jwtDecoder, Clock clock, PlanService planService,
			RegistryPoolReader registry, DrawTasks drawTasks, DomainEvents events) {
		// a fresh random per attempt: the secret is always block 0, the salt block 1
		Supplier<DrawService> fixedDemoDraw = () -> new DrawService(planService, draws, registry, drawTasks, events,
				new DemoDrawRandom(XinxiangDemoPlan.DRAW_RANDOMNESS), clock);
		return new DemoPlanLoader(properties, plans, draws, drawService, fixedDemoDraw, taskService, audit, jwtDecoder,
				clock);
	}

}
