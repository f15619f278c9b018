package org.shuangsuiji.inspection.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

import org.shuangsuiji.inspection.conclusion.ConclusionEvent;
import org.shuangsuiji.inspection.disclosure.DisclosureEvent;
import org.shuangsuiji.inspection.dossier.DossierEvent;
import org.shuangsuiji.inspection.draw.DrawEvent;
import org.shuangsuiji.inspection.plan.PlanEvent;
import org.shuangsuiji.inspection.rectification.RectificationEvent;
import org.shuangsuiji.inspection.task.TaskEvent;
import org.shuangsuiji.platform.web.event.EventMeters;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every metric the service counts from its features' events, in one place: the names
 * {@code inspection.<feature>.<action>} and their tags are what dashboards read.
 */
@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

	@Bean
	EventMeters inspectionMeters(MeterRegistry meters) {
		return new EventMeters(meters).count(PlanEvent.Created.class, "inspection.plan.created")
			.count(PlanEvent.Published.class, "inspection.plan.published")
			// Draws: refused attempts are timed too.
			.count(DrawEvent.Committed.class, "inspection.draw.committed")
			.time(DrawEvent.Refused.class, "inspection.draw.duration", DrawEvent.Refused::took)
			.time(DrawEvent.Drawn.class, "inspection.draw.duration", DrawEvent.Drawn::took)
			.count(DrawEvent.Drawn.class, "inspection.draw.drawn")
			.count(DrawEvent.PersonReplaced.class, "inspection.draw.replaced", (e) -> Tags.of("kind", "person"))
			.count(DrawEvent.AgencyReplaced.class, "inspection.draw.replaced", (e) -> Tags.of("kind", "agency"))
			// Tasks: the seal is the step to CLOSED as well.
			.count(TaskEvent.Scheduled.class, "inspection.task.scheduled")
			.count(TaskEvent.StepTaken.class, "inspection.task.step",
					(e) -> Tags.of("status", e.step().status().name()))
			.count(TaskEvent.Sealed.class, "inspection.task.step", (e) -> Tags.of("status", "CLOSED"))
			.count(TaskEvent.Sealed.class, "inspection.task.sealed")
			.count(DossierEvent.RegisterImported.class, "inspection.dossier.imported",
					(e) -> Tags.of("register", e.kind().name()))
			.count(DossierEvent.Committed.class, "inspection.dossier.committed")
			.count(DossierEvent.Drawn.class, "inspection.dossier.drawn",
					(e) -> Tags.of("allTaken", String.valueOf(e.allTaken())))
			.count(DossierEvent.FileReviewed.class, "inspection.dossier.reviewed",
					(e) -> Tags.of("defects", (e.defects() > 0) ? "yes" : "no"))
			.count(ConclusionEvent.Recorded.class, "inspection.conclusion.recorded",
					(e) -> Tags.of("outcome", e.conclusion().decision().outcome().code(), "provincialReview",
							String.valueOf(e.conclusion().review() != null)))
			.count(ConclusionEvent.Reviewed.class, "inspection.conclusion.reviewed",
					(e) -> Tags.of("decision", e.conclusion().review().verdict().confirmed() ? "CONFIRM" : "AMEND"))
			.count(DisclosureEvent.Published.class, "inspection.disclosure.published",
					(e) -> Tags.of("outcome", e.result().outcomeCode()))
			.count(RectificationEvent.ItemsSet.class, "inspection.rectification.items-set")
			.count(RectificationEvent.Answered.class, "inspection.rectification.answered")
			.countNamed(RectificationEvent.Reviewed.class,
					(e) -> e.accepted() ? "inspection.rectification.accepted" : "inspection.rectification.returned");
	}

}
