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
import org.shuangsuiji.inspection.task.TaskStore;
import org.shuangsuiji.platform.region.RegionCode;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The {@code tasks} collection, with the version checked on every save. Lookups with an
 * optional year stay hand-written.
 */
public class MongoTaskStore implements TaskStore {

	private final TaskRepository repository;

	private final MongoTemplate mongo;

	public MongoTaskStore(TaskRepository repository, MongoTemplate mongo) {
		this.repository = repository;
		this.mongo = mongo;
	}

	@Override
	public Optional<InspectionTask> find(String id) {
		return this.repository.findById(id).map(MongoTaskStore::toTask);
	}

	@Override
	public List<InspectionTask> ofPlan(PlanId planId) {
		return tasks(this.repository.findByPlanIdOrderByIdAsc(planId.value()));
	}

	@Override
	public List<InspectionTask> inRegion(RegionCode region, Integer year, int limit) {
		Query query = new Query(Criteria.where("agencyRegion").regex("^" + region.prefix()));
		if (year != null) {
			query.addCriteria(Criteria.where("year").is(year));
		}
		query.with(Sort.by(Sort.Direction.DESC, "year").and(Sort.by("_id"))).limit(limit);
		return this.mongo.find(query, TaskDocument.class).stream().map(MongoTaskStore::toTask).toList();
	}

	@Override
	public List<InspectionTask> withMember(String personId, Integer year, int limit) {
		Query query = new Query(Criteria.where("team.personId").is(personId));
		if (year != null) {
			query.addCriteria(Criteria.where("year").is(year));
		}
		query.with(Sort.by(Sort.Direction.DESC, "year").and(Sort.by("_id"))).limit(limit);
		return this.mongo.find(query, TaskDocument.class).stream().map(MongoTaskStore::toTask).toList();
	}

	@Override
	public List<InspectionTask> ofAgency(String agencyId) {
		return tasks(this.repository.findByAgencyIdOrderByYearDesc(agencyId));
	}

	@Override
	public List<InspectionTask> ofYear(int year, Collection<String> agencyIds) {
		return tasks(this.repository.findByYearAndAgencyIdInAndStatusNot(year, agencyIds, TaskStatus.WITHDRAWN.name()));
	}

	@Override
	public InspectionTask save(InspectionTask task) {
		return toTask(this.repository.save(toDocument(task)));
	}

	@Override
	public boolean insert(InspectionTask task) {
		try {
			this.repository.insert(toDocument(task));
			return true;
		}
		catch (DuplicateKeyException alreadyThere) {
			return false;
		}
	}

	@Override
	public boolean insertAll(List<InspectionTask> tasks) {
		try {
			this.mongo.insert(tasks.stream().map(MongoTaskStore::toDocument).toList(), TaskDocument.class);
			return true;
		}
		catch (DuplicateKeyException alreadyThere) {
			return false;
		}
	}

	private static List<InspectionTask> tasks(List<TaskDocument> documents) {
		return documents.stream().map(MongoTaskStore::toTask).toList();
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
				task.withdrawnReason(), OnSiteMapping.steps(task.onSite()), task.onSite().mainFindings(),
				OnSiteMapping.sheet(task.onSite().factSheet()), OnSiteMapping.answer(task.onSite().answer()),
				OnSiteMapping.seal(task.onSite().seal()), task.version());
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
				schedule, TaskStatus.valueOf(document.status()), document.withdrawnReason(),
				OnSiteMapping.onSite(document), document.version());
	}

}
