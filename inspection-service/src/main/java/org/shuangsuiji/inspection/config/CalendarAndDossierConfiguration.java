package org.shuangsuiji.inspection.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;

import org.shuangsuiji.inspection.audit.AuditTrail;
import org.shuangsuiji.inspection.calendar.CalendarFile;
import org.shuangsuiji.inspection.calendar.PublicationDeadlines;
import org.shuangsuiji.inspection.calendar.WorkingDays;
import org.shuangsuiji.inspection.disclosure.DisclosureService;
import org.shuangsuiji.inspection.dossier.DossierService;
import org.shuangsuiji.inspection.dossier.DossierStore;
import org.shuangsuiji.inspection.dossier.RegisterReader;
import org.shuangsuiji.inspection.dossier.file.SpreadsheetRegisterReader;
import org.shuangsuiji.inspection.dossier.listener.DossierAudit;
import org.shuangsuiji.inspection.dossier.persistence.MongoDossierStore;
import org.shuangsuiji.inspection.plan.PlanService;
import org.shuangsuiji.inspection.task.TaskService;
import org.shuangsuiji.platform.event.DomainEvents;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The official working-day calendar, read once from its data file
 * ({@code inspection.calendar.location}, by default the file shipped in the jar; a
 * ConfigMap can hold next year's before a release does), and the use cases built on it;
 * the dossier sampling wired to its MongoDB store, its register file reader and the
 * listener writing its audit entries.
 */
@Configuration(proxyBeanMethods = false)
class CalendarAndDossierConfiguration {

	@Bean
	WorkingDays workingDays(@Value("${inspection.calendar.location}") Resource location) throws IOException {
		try (InputStream in = location.getInputStream()) {
			List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
			return CalendarFile.parse(lines);
		}
	}

	@Bean
	PublicationDeadlines publicationDeadlines(PlanService plans, TaskService tasks, DisclosureService disclosure,
			WorkingDays calendar, Clock clock) {
		return new PublicationDeadlines(plans, tasks, disclosure, calendar, clock);
	}

	@Bean
	MongoDossierStore dossierStore(MongoTemplate mongo) {
		return new MongoDossierStore(mongo);
	}

	@Bean
	SpreadsheetRegisterReader registerReader() {
		return new SpreadsheetRegisterReader();
	}

	@Bean
	DossierService dossierService(TaskService tasks, PlanService plans, DossierStore store, RegisterReader reader,
			DomainEvents events, SecureRandom seedRandom, Clock clock) {
		return new DossierService(tasks, plans, store, reader, events, seedRandom, clock);
	}

	@Bean
	DossierAudit dossierAudit(AuditTrail trail) {
		return new DossierAudit(trail);
	}

}
