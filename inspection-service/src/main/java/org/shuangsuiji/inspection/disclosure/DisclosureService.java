package org.shuangsuiji.inspection.disclosure;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.shuangsuiji.inspection.conclusion.Action;
import org.shuangsuiji.inspection.conclusion.Conclusion;
import org.shuangsuiji.inspection.conclusion.ConclusionStore;
import org.shuangsuiji.inspection.draw.DrawStore;
import org.shuangsuiji.inspection.draw.PoolAgency;
import org.shuangsuiji.inspection.plan.Actor;
import org.shuangsuiji.inspection.plan.Plan;
import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.inspection.task.InspectionTask;
import org.shuangsuiji.inspection.task.OrganisedTask;
import org.shuangsuiji.inspection.task.Seal;
import org.shuangsuiji.inspection.task.TaskService;
import org.shuangsuiji.platform.event.DomainEvents;
import org.shuangsuiji.platform.problem.ConflictException;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Caller;

/**
 * Publishing results one agency at a time, and reading them for the public.
 * <ul>
 * <li>Publish: the organising bureau (the task's organiser door,
 * {@link TaskService#requireOrganiser}), once the conclusion is final (after the
 * province's decision where it reviews it), once per task.</li>
 * <li>Read: anyone, anonymous included; only published results exist for the public.</li>
 * </ul>
 */
public class DisclosureService {

	/** The most results one public page lists. */
	public static final int LIMIT = 500;

	private final ConclusionStore conclusions;

	private final DrawStore draws;

	private final PublishedResultStore results;

	private final DomainEvents events;

	private final Clock clock;

	public DisclosureService(ConclusionStore conclusions, DrawStore draws, PublishedResultStore results,
			DomainEvents events, Clock clock) {
		this.conclusions = conclusions;
		this.draws = draws;
		this.results = results;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Publishes the final conclusion of the task that passed the organiser's door
	 * ({@link TaskService#requireOrganiser}), with its plan as the door read it.
	 * @param organiser 检查实施机关 as the bureau names itself (新乡市司法局)
	 */
	public PublishedResult publish(OrganisedTask door, String organiser) {
		Caller caller = door.caller();
		InspectionTask task = door.subject();
		Plan plan = door.plan();
		String taskId = task.id();
		Conclusion conclusion = this.conclusions.find(taskId)
			.orElseThrow(() -> new ConflictException("conclusion-missing",
					"task " + taskId + " has no conclusion to publish yet"));
		if (conclusion.publishedAt() != null || this.results.find(taskId).isPresent()) {
			throw new ConflictException("result-published", "the result of " + taskId + " is already published");
		}
		Instant now = this.clock.instant();
		Conclusion published = this.conclusions.save(conclusion.published(now));
		List<Action> actions = published.finalActions();
		PublishedResult result = new PublishedResult(task.id(), plan.id(), plan.terms().title(), plan.terms().region(),
				task.agencyId(), task.agencyName(), creditCode(plan.id(), task.agencyId()), task.agencyRegion(),
				organiser.strip(), ResultWording.inspectionType(plan.terms().sampling()),
				(task.schedule() != null) ? task.schedule().day() : null,
				ResultWording.result(published.finalOutcome(), actions, published.recommendation().findings()),
				published.finalOutcome().code(), published.finalOutcome().label(),
				actions.stream().map(Action::label).toList(), PublishedResult.drawRecordOf(plan.id()),
				sealed(task).map(Seal::sheetResultHash).orElse(published.recommendation().resultHash()),
				sealed(task).map(Seal::evidenceHeadHash).orElse(null), Actor.of(caller), now);
		if (!this.results.insert(result)) {
			throw new ConflictException("result-published", "the result of " + taskId + " is already published");
		}
		this.events.publish(new DisclosureEvent.Published(Actor.of(caller), result));
		return result;
	}

	/**
	 * The task's seal from its closing, if it has one (tasks closed before sealing have
	 * none).
	 */
	private static Optional<Seal> sealed(InspectionTask task) {
		return Optional.ofNullable(task.onSite()).map((onSite) -> onSite.seal());
	}

	/** Published results of a plan and/or a region, for anyone. */
	public List<PublishedResult> published(PlanId planId, RegionCode region) {
		return this.results.find(planId, region, LIMIT);
	}

	/** The tasks of the plan whose result is published. */
	public Set<String> publishedTasks(PlanId planId) {
		return this.results.find(planId, null, Integer.MAX_VALUE)
			.stream()
			.map(PublishedResult::taskId)
			.collect(Collectors.toSet());
	}

	/** The agency's 统一社会信用代码 as the draw's pool snapshot recorded it. */
	private String creditCode(PlanId planId, String agencyId) {
		return this.draws.find(planId)
			.flatMap((record) -> record.inputs()
				.pool()
				.agencies()
				.stream()
				.filter((agency) -> agency.id().equals(agencyId))
				.map(PoolAgency::creditCode)
				.filter((code) -> !code.isBlank())
				.findFirst())
			.orElse(null);
	}

}
