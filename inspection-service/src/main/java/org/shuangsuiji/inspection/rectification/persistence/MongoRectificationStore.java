package org.shuangsuiji.inspection.rectification.persistence;

import java.util.List;

import org.shuangsuiji.inspection.rectification.Rectification;
import org.shuangsuiji.inspection.rectification.RectificationStore;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.mongo.MongoKeyedStore;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** {@link RectificationStore} on the {@code rectifications} collection, one per task. */
public class MongoRectificationStore extends MongoKeyedStore<RectificationDocument, Rectification>
		implements RectificationStore {

	public MongoRectificationStore(MongoTemplate mongo) {
		super(mongo, RectificationDocument.class);
	}

	@Override
	public List<Rectification> ofPlan(String planId) {
		return documents().find(Query.query(Criteria.where("planId").is(planId)), this::toDomain);
	}

	@Override
	public Rectification save(Rectification r) {
		return toDomain(
				documents().saveVersioned(
						new RectificationDocument(r.taskId(), r.planId(), r.agencyId(), r.agencyName(),
								r.organiser().value(), r.items(), r.completedAt(), r.version()),
						"the rectification of " + r.taskId()));
	}

	@Override
	protected Rectification toDomain(RectificationDocument d) {
		return new Rectification(d.taskId(), d.planId(), d.agencyId(), d.agencyName(), RegionCode.of(d.organiser()),
				d.items(), d.completedAt(), d.version());
	}

}
