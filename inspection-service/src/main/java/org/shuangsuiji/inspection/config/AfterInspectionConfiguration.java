package org.shuangsuiji.inspection.config;

import java.time.Clock;

import org.shuangsuiji.inspection.audit.AuditTrail;
import org.shuangsuiji.inspection.conclusion.ConclusionService;
import org.shuangsuiji.inspection.conclusion.ConclusionStore;
import org.shuangsuiji.inspection.conclusion.SheetResults;
import org.shuangsuiji.inspection.conclusion.listener.ConclusionAudit;
import org.shuangsuiji.inspection.conclusion.persistence.MongoConclusionStore;
import org.shuangsuiji.inspection.disclosure.DisclosureService;
import org.shuangsuiji.inspection.disclosure.PublishedResultStore;
import org.shuangsuiji.inspection.disclosure.listener.DisclosureAudit;
import org.shuangsuiji.inspection.disclosure.persistence.MongoPublishedResultStore;
import org.shuangsuiji.inspection.draw.DrawStore;
import org.shuangsuiji.inspection.review.ReviewService;
import org.shuangsuiji.inspection.scoring.client.HttpSheetResults;
import org.shuangsuiji.inspection.scoring.client.SheetResultClient;
import org.shuangsuiji.inspection.task.TaskService;
import org.shuangsuiji.platform.event.DomainEvents;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.service.registry.ImportHttpServices;

/**
 * The work after the visit: the conclusion (检查结论), its provincial review (复核研判) and the
 * publication of the result (一公开), wired by hand to their MongoDB stores and to
 * scoring-service's official sheet; their audit listeners.
 */
@Configuration(proxyBeanMethods = false)
@ImportHttpServices(group = "scoring", types = SheetResultClient.class)
class AfterInspectionConfiguration {

	@Bean
	HttpSheetResults sheetResults(SheetResultClient client) {
		return new HttpSheetResults(client);
	}

	@Bean
	MongoConclusionStore conclusionStore(MongoTemplate mongo) {
		return new MongoConclusionStore(mongo);
	}

	@Bean
	ConclusionService conclusionService(TaskService tasks, ConclusionStore store, SheetResults sheets,
			DomainEvents events, Clock clock) {
		return new ConclusionService(tasks, store, sheets, events, clock);
	}

	@Bean
	ReviewService reviewService(ConclusionStore store, DomainEvents events, Clock clock) {
		return new ReviewService(store, events, clock);
	}

	@Bean
	MongoPublishedResultStore publishedResultStore(MongoTemplate mongo) {
		return new MongoPublishedResultStore(mongo);
	}

	@Bean
	DisclosureService disclosureService(ConclusionStore conclusions, DrawStore draws, PublishedResultStore results,
			DomainEvents events, Clock clock) {
		return new DisclosureService(conclusions, draws, results, events, clock);
	}

	@Bean
	DisclosureAudit disclosureAudit(AuditTrail trail) {
		return new DisclosureAudit(trail);
	}

	@Bean
	ConclusionAudit conclusionAudit(AuditTrail trail) {
		return new ConclusionAudit(trail);
	}

}
