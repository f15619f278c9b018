package org.shuangsuiji.inspection.rectification.persistence;

import java.util.List;
import java.util.Optional;

import org.shuangsuiji.inspection.rectification.Rectification;
import org.shuangsuiji.inspection.rectification.RectificationStore;
import org.shuangsuiji.platform.problem.ConflictException;
import org.shuangsuiji.platform.region.RegionCode;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** {@link RectificationStore} on the {@code rectifications} collection, one per task. */
public class MongoRectificationStore implements RectificationStore {

	private final MongoTemplate mongo;

	public MongoRectificationStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public Optional<Rectification> find(String taskId) {
		return Optional.ofNullable(this.mongo.findById(taskId, RectificationDocument.class))
			.map(MongoRectificationStore::toDomain);
	}

	@Override
	public List<Rectification> ofPlan(String planId) {
		return this.mongo.find(Query.query(Criteria.where("planId").is(planId)), RectificationDocument.class)
			.stream()
			.map(MongoRectificationStore::toDomain)
			.toList();
	}

	@Override
	public Rectification save(Rectification r) {
		try {
			return toDomain(this.mongo.save(new RectificationDocument(r.taskId(), r.planId(), r.agencyId(),
					r.agencyName(), r.organiser().value(), r.items(), r.completedAt(), r.version())));
		}
		catch (OptimisticLockingFailureException | DuplicateKeyException ex) {
			throw new ConflictException("stale-version",
					"the rectification of " + r.taskId() + " was changed by someone else; read it again");
		}
	}

	private static Rectification toDomain(RectificationDocument d) {
		return new Rectification(d.taskId(), d.planId(), d.agencyId(), d.agencyName(), RegionCode.of(d.organiser()),
				d.items(), d.completedAt(), d.version());
	}

}
