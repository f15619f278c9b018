package org.shuangsuiji.inspection.audit.listener;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.shuangsuiji.inspection.audit.AuditDetails;
import org.shuangsuiji.inspection.audit.AuditTrail;
import org.shuangsuiji.inspection.draw.DrawEvent;
import org.shuangsuiji.inspection.draw.DrawRecord;
import org.shuangsuiji.inspection.draw.PersonReplacement;
import org.shuangsuiji.inspection.draw.PoolSnapshot;
import org.shuangsuiji.inspection.draw.Replacement;
import org.shuangsuiji.inspection.draw.TeamMember;
import org.shuangsuiji.inspection.plan.Plan;
import org.shuangsuiji.inspection.plan.PlanEvent;
import org.shuangsuiji.inspection.task.FactSheetAnswer;
import org.shuangsuiji.inspection.task.OnSite;
import org.shuangsuiji.inspection.task.Seal;
import org.shuangsuiji.inspection.task.TaskEvent;
import org.shuangsuiji.inspection.task.TaskSchedule;
import org.shuangsuiji.inspection.task.TaskStatus;
import org.shuangsuiji.inspection.task.TaskStep;

import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Appends an entry to the audit trail for every event of plans, draws and tasks (each
 * on-site step as {@code task.<state>}, closing as {@code task.sealed}). Called
 * synchronously in the use case's thread and before any other listener: an entry that
 * cannot be written fails the call (there are no transactions to roll back, ADR 0003).
 */
public class AuditListener {

	/** The action of each (sealed) plan event. */
	private static final Map<Class<? extends PlanEvent>, String> PLAN_ACTIONS = Map.of(PlanEvent.Created.class,
			"plan.created", PlanEvent.Revised.class, "plan.revised", PlanEvent.Published.class, "plan.published",
			PlanEvent.StatusChanged.class, "plan.status-changed");

	/** The action of each (sealed) draw event. */
	private static final Map<Class<? extends DrawEvent>, String> DRAW_ACTIONS = Map.of(DrawEvent.Committed.class,
			"draw.committed", DrawEvent.Refused.class, "draw.refused", DrawEvent.Drawn.class, "draw.drawn",
			DrawEvent.PersonReplaced.class, "draw.person-replaced", DrawEvent.AgencyReplaced.class,
			"draw.agency-replaced");

	private final AuditTrail trail;

	public AuditListener(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	public void on(PlanEvent event) {
		Plan plan = event.plan();
		this.trail.append(event.by(), action(event), "plan", plan.id().value(), plan.terms().region().value(),
				details(event));
	}

	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	public void on(DrawEvent event) {
		Plan plan = event.plan();
		this.trail.append(event.by(), action(event), "draw", plan.id().value(), plan.terms().region().value(),
				details(event));
	}

	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	public void on(TaskEvent.Scheduled event) {
		TaskSchedule schedule = event.schedule();
		this.trail.append(event.by(), "task.scheduled", "task", event.task().id(),
				event.plan().terms().region().value(), Map.of("day", schedule.day().toString(), "start",
						schedule.start().toString(), "notifyAt", schedule.notifyAt().toString()));
	}

	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	public void on(TaskEvent.StepTaken event) {
		TaskStep step = event.step();
		this.trail.append(event.by(), "task." + step.status().name().toLowerCase(Locale.ROOT).replace('_', '-'), "task",
				event.task().id(), event.task().planRegion().value(), details(event));
	}

	/** The seal: the evidence chain's head and the official sheet's result hash. */
	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	public void on(TaskEvent.Sealed event) {
		Seal seal = event.seal();
		this.trail.append(event.by(), "task.sealed", "task", event.task().id(), event.task().planRegion().value(),
				AuditDetails.of("evidenceHeadHash", seal.evidenceHeadHash(), "sheetId", seal.sheetId(),
						"sheetResultHash", seal.sheetResultHash(), "sealedAt", seal.sealedAt()));
	}

	private static Map<String, String> details(TaskEvent.StepTaken event) {
		TaskStep step = event.step();
		OnSite onSite = event.task().onSite();
		if (step.status() == TaskStatus.FINDINGS_DISCUSSED) {
			return AuditDetails.of("at", step.at(), "mainFindings", onSite.mainFindings().size());
		}
		if (step.status() == TaskStatus.FACT_SHEET_ISSUED) {
			return AuditDetails.of("at", step.at(), "contentHash", onSite.factSheet().contentHash());
		}
		if (onSite.answer() instanceof FactSheetAnswer.Signed signed && step.status() == TaskStatus.FACT_SHEET_SIGNED) {
			return AuditDetails.of("at", step.at(), "signedScanEvidenceId", signed.signedScanEvidenceId());
		}
		if (onSite.answer() instanceof FactSheetAnswer.Refused refused
				&& step.status() == TaskStatus.FACT_SHEET_REFUSED) {
			return AuditDetails.of("at", step.at(), "reason", refused.reason(), "evidenceIds",
					String.join(",", refused.evidenceIds()));
		}
		return AuditDetails.of("at", step.at(), "note", step.note());
	}

	private static String action(PlanEvent event) {
		return PLAN_ACTIONS.get(event.getClass());
	}

	private static Map<String, String> details(PlanEvent event) {
		if (event instanceof PlanEvent.Created || event instanceof PlanEvent.Revised) {
			return Map.of("title", event.plan().terms().title());
		}
		if (event instanceof PlanEvent.StatusChanged changed) {
			return Map.of("from", changed.from().name(), "to", changed.plan().status().name());
		}
		return Map.of();
	}

	private static String action(DrawEvent event) {
		return DRAW_ACTIONS.get(event.getClass());
	}

	private static Map<String, String> details(DrawEvent event) {
		if (event instanceof DrawEvent.Committed committed) {
			DrawRecord record = committed.record();
			PoolSnapshot pool = record.inputs().pool();
			return AuditDetails.of("commitment", record.commitment(), "algorithm", record.algorithm().label(),
					"agencies", pool.agencies().size(), "inspectors", pool.inspectors().size(), "experts",
					pool.experts().size(), "conflicts", pool.conflicts().size(), "priorInspections",
					pool.priorInspections().size());
		}
		if (event instanceof DrawEvent.Refused refused) {
			return AuditDetails.of("seed", refused.seed().value(), "agencyId", refused.agencyId(), "rule",
					refused.rule().slug());
		}
		if (event instanceof DrawEvent.Drawn drawn) {
			DrawRecord saved = drawn.record();
			return AuditDetails.of("seed", saved.seed().value(), "seedSource", saved.seed().source().name(), "seedNote",
					saved.seed().note(), "commitment", saved.commitment(), "sampleSize", saved.result().sampleSize(),
					"floorApplied", saved.result().floorApplied());
		}
		if (event instanceof DrawEvent.PersonReplaced replaced) {
			PersonReplacement replacement = replaced.replacement();
			TeamMember leaving = replacement.leaving();
			return AuditDetails.of("seq", replacement.seq(), "agencyId", replacement.agencyId(), "leaving",
					leaving.kind() + ":" + leaving.personId(), "substitutes",
					replacement.substitutes()
						.stream()
						.map((m) -> m.kind() + ":" + m.personId())
						.collect(Collectors.joining(",")),
					"reason", replacement.reason(), "seed", seedOf(replacement));
		}
		DrawEvent.AgencyReplaced replaced = (DrawEvent.AgencyReplaced) event;
		DrawRecord saved = replaced.record();
		return AuditDetails.of("seq", replaced.replacement().seq(), "agencyId", replaced.replacement().agencyId(),
				"substitute", saved.current().agencies().get(saved.current().agencies().size() - 1).agencyId(),
				"reason", replaced.replacement().reason(), "seed", seedOf(replaced.replacement()));
	}

	/**
	 * A /1 replacement's own seed; a /2 one has none (it runs on the draw key, ADR 0405).
	 */
	private static String seedOf(Replacement replacement) {
		return (replacement.seed() != null) ? replacement.seed().value() : "draw key";
	}

}
