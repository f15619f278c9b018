package org.shuangsuiji.inspection.config;

import java.security.SecureRandom;
import java.time.Clock;

import org.shuangsuiji.inspection.audit.AuditStore;
import org.shuangsuiji.inspection.audit.AuditTrail;
import org.shuangsuiji.inspection.audit.listener.AuditListener;
import org.shuangsuiji.inspection.audit.persistence.AuditRepository;
import org.shuangsuiji.inspection.audit.persistence.MongoAuditStore;
import org.shuangsuiji.inspection.draw.DrawRepair;
import org.shuangsuiji.inspection.draw.DrawService;
import org.shuangsuiji.inspection.draw.DrawStore;
import org.shuangsuiji.inspection.draw.DrawTasks;
import org.shuangsuiji.inspection.draw.RegistryPoolReader;
import org.shuangsuiji.inspection.draw.persistence.MongoDrawStore;
import org.shuangsuiji.inspection.plan.PlanService;
import org.shuangsuiji.inspection.plan.PlanStore;
import org.shuangsuiji.inspection.plan.TemplateCheck;
import org.shuangsuiji.inspection.plan.persistence.MongoPlanStore;
import org.shuangsuiji.inspection.plan.persistence.PlanRepository;
import org.shuangsuiji.inspection.task.AgencyDirectory;
import org.shuangsuiji.inspection.task.OfficialSheets;
import org.shuangsuiji.inspection.task.OnSiteService;
import org.shuangsuiji.inspection.task.TaskEvidence;
import org.shuangsuiji.inspection.task.TaskService;
import org.shuangsuiji.inspection.task.TaskStore;
import org.shuangsuiji.inspection.task.TaskSync;
import org.shuangsuiji.inspection.task.persistence.MongoTaskStore;
import org.shuangsuiji.inspection.task.persistence.TaskRepository;
import org.shuangsuiji.platform.event.DomainEvents;

import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The use cases of plans, draws, tasks and the audit trail, wired by hand to their
 * MongoDB stores and to each other's ports; the listener that writes the audit trail from
 * their events; the start-up repair of interrupted draws.
 */
@Configuration(proxyBeanMethods = false)
class InspectionConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/** Where the draw's server seeds come from. */
	@Bean
	SecureRandom seedRandom() {
		return new SecureRandom();
	}

	@Bean
	MongoPlanStore planStore(PlanRepository repository, MongoTemplate mongo) {
		return new MongoPlanStore(repository, mongo);
	}

	@Bean
	MongoDrawStore drawStore(MongoTemplate mongo) {
		return new MongoDrawStore(mongo);
	}

	@Bean
	MongoTaskStore taskStore(TaskRepository repository, MongoTemplate mongo) {
		return new MongoTaskStore(repository, mongo);
	}

	@Bean
	MongoAuditStore auditStore(AuditRepository repository, MongoTemplate mongo) {
		return new MongoAuditStore(repository, mongo);
	}

	@Bean
	PlanService planService(PlanStore store, TemplateCheck templates, DomainEvents events, Clock clock) {
		return new PlanService(store, templates, events, clock);
	}

	@Bean
	TaskSync taskSync(TaskStore store) {
		return new TaskSync(store);
	}

	@Bean
	TaskService taskService(TaskStore store, PlanService plans, DomainEvents events, Clock clock) {
		return new TaskService(store, plans, events, clock);
	}

	@Bean
	OnSiteService onSiteService(TaskStore store, AgencyDirectory agencies, TaskEvidence evidence, OfficialSheets sheets,
			DomainEvents events, Clock clock) {
		return new OnSiteService(store, agencies, evidence, sheets, events, clock);
	}

	@Bean
	DrawService drawService(PlanService plans, DrawStore store, RegistryPoolReader registry, DrawTasks tasks,
			DomainEvents events, SecureRandom seedRandom, Clock clock) {
		return new DrawService(plans, store, registry, tasks, events, seedRandom, clock);
	}

	@Bean
	DrawRepair drawRepair(DrawStore store, PlanService plans, DrawService draws) {
		return new DrawRepair(store, plans, draws);
	}

	@Bean
	AuditTrail auditTrail(AuditStore store, Clock clock) {
		return new AuditTrail(store, clock);
	}

	@Bean
	AuditListener auditListener(AuditTrail trail) {
		return new AuditListener(trail);
	}

	/**
	 * At start-up, before the demo data: finishes the tasks and plan statuses of draws a
	 * crash interrupted.
	 */
	@Bean
	@Order(0)
	ApplicationRunner drawRepairRunner(DrawRepair repair) {
		return (args) -> repair.repair();
	}

}
