package org.shuangsuiji.inspection.task.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.shuangsuiji.inspection.draw.PersonKind;
import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.inspection.task.InspectionTask;
import org.shuangsuiji.inspection.task.TaskMember;
import org.shuangsuiji.inspection.task.TaskSchedule;
import org.shuangsuiji.inspection.task.TaskStatus;
import org.shuangsuiji.platform.region.RegionCode;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Loads and saves tasks, with the version checked on every save. */
@Repository
public class TaskStore {

	private final MongoTemplate mongo;

	TaskStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public Optional<InspectionTask> find(String id) {
		return Optional.ofNullable(this.mongo.findById(id, TaskDocument.class)).map(TaskStore::toTask);
	}

	public List<InspectionTask> ofPlan(PlanId planId) {
		Query query = new Query(Criteria.where("planId").is(planId.value())).with(Sort.by("_id"));
		return this.mongo.find(query, TaskDocument.class).stream().map(TaskStore::toTask).toList();
	}

	/**
	 * Tasks of agencies inside {@code region}, newest plan year first, at most
	 * {@code limit}.
	 */
	public List<InspectionTask> inRegion(RegionCode region, Integer year, int limit) {
		Query query = new Query(Criteria.where("agencyRegion").regex("^" + region.prefix()));
		if (year != null) {
			query.addCriteria(Criteria.where("year").is(year));
		}
		query.with(Sort.by(Sort.Direction.DESC, "year").and(Sort.by("_id"))).limit(limit);
		return this.mongo.find(query, TaskDocument.class).stream().map(TaskStore::toTask).toList();
	}

	/** Tasks with the person on the team. */
	public List<InspectionTask> withMember(String personId, Integer year, int limit) {
		Query query = new Query(Criteria.where("team.personId").is(personId));
		if (year != null) {
			query.addCriteria(Criteria.where("year").is(year));
		}
		query.with(Sort.by(Sort.Direction.DESC, "year").and(Sort.by("_id"))).limit(limit);
		return this.mongo.find(query, TaskDocument.class).stream().map(TaskStore::toTask).toList();
	}

	/** The agency's tasks. */
	public List<InspectionTask> ofAgency(String agencyId) {
		Query query = new Query(Criteria.where("agencyId").is(agencyId)).with(Sort.by(Sort.Direction.DESC, "year"));
		return this.mongo.find(query, TaskDocument.class).stream().map(TaskStore::toTask).toList();
	}

	/** Tasks (not withdrawn) of one year for the given agencies: last year's visits. */
	public List<InspectionTask> ofYear(int year, Collection<String> agencyIds) {
		Query query = new Query(Criteria.where("year")
			.is(year)
			.and("agencyId")
			.in(agencyIds)
			.and("status")
			.ne(TaskStatus.WITHDRAWN.name()));
		return this.mongo.find(query, TaskDocument.class).stream().map(TaskStore::toTask).toList();
	}

	public InspectionTask save(InspectionTask task) {
		return toTask(this.mongo.save(toDocument(task)));
	}

	static TaskDocument toDocument(InspectionTask task) {
		TaskSchedule schedule = task.schedule();
		return new TaskDocument(task.id(), task.planId().value(), task.year(), task.planRegion().value(),
				task.agencyId(), task.agencyName(), task.agencyRegion().value(),
				task.team()
					.stream()
					.map((m) -> new TaskDocument.Member(m.kind().name(), m.personId(), m.name(),
							m.lawEnforcementCertNo()))
					.toList(),
				(schedule != null) ? schedule.day().toString() : null,
				(schedule != null) ? schedule.start().toString() : null,
				(schedule != null) ? schedule.notifyAt().toString() : null, task.status().name(),
				task.withdrawnReason(), task.version());
	}

	static InspectionTask toTask(TaskDocument document) {
		TaskSchedule schedule = (document.day() != null)
				? new TaskSchedule(document.dayValue(), document.startValue(), document.notifyAtValue()) : null;
		return new InspectionTask(document.id(), new PlanId(document.planId()), document.year(),
				RegionCode.of(document.planRegion()), document.agencyId(), document.agencyName(),
				RegionCode.of(document.agencyRegion()),
				document.team()
					.stream()
					.map((m) -> new TaskMember(PersonKind.valueOf(m.kind()), m.personId(), m.name(),
							m.lawEnforcementCertNo()))
					.toList(),
				schedule, TaskStatus.valueOf(document.status()), document.withdrawnReason(), document.version());
	}

}
