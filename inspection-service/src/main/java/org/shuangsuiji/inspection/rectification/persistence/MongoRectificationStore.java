package org.shuangsuiji.inspection.rectification.persistence;

import java.util.List;
import java.util.Optional;

import org.shuangsuiji.inspection.rectification.Rectification;
import org.shuangsuiji.inspection.rectification.RectificationStore;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.mongo.MongoDocuments;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** {@link RectificationStore} on the {@code rectifications} collection, one per task. */
public class MongoRectificationStore implements RectificationStore {

	private final MongoDocuments<RectificationDocument> documents;

	public MongoRectificationStore(MongoTemplate mongo) {
		this.documents = new MongoDocuments<>(mongo, RectificationDocument.class);
	}

	@Override
	public Optional<Rectification> find(String taskId) {
		return this.documents.byId(taskId).map(MongoRectificationStore::toDomain);
	}

	@Override
	public List<Rectification> ofPlan(String planId) {
		return this.documents.find(Query.query(Criteria.where("planId").is(planId)), MongoRectificationStore::toDomain);
	}

	@Override
	public Rectification save(Rectification r) {
		return toDomain(
				this.documents.saveVersioned(
						new RectificationDocument(r.taskId(), r.planId(), r.agencyId(), r.agencyName(),
								r.organiser().value(), r.items(), r.completedAt(), r.version()),
						"the rectification of " + r.taskId()));
	}

	private static Rectification toDomain(RectificationDocument d) {
		return new Rectification(d.taskId(), d.planId(), d.agencyId(), d.agencyName(), RegionCode.of(d.organiser()),
				d.items(), d.completedAt(), d.version());
	}

}
