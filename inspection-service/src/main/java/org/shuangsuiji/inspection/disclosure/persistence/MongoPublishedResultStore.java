package org.shuangsuiji.inspection.disclosure.persistence;

import java.util.List;

import org.shuangsuiji.inspection.disclosure.PublishedResult;
import org.shuangsuiji.inspection.disclosure.PublishedResultStore;
import org.shuangsuiji.inspection.plan.Actor;
import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.mongo.MongoKeyedStore;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** {@link PublishedResultStore} on the {@code published_results} collection. */
public class MongoPublishedResultStore extends MongoKeyedStore<PublishedResultDocument, PublishedResult>
		implements PublishedResultStore {

	public MongoPublishedResultStore(MongoTemplate mongo) {
		super(mongo, PublishedResultDocument.class);
	}

	@Override
	public boolean insert(PublishedResult r) {
		return documents().insertIfNew(new PublishedResultDocument(r.taskId(), r.planId().value(), r.planTitle(),
				r.planRegion().value(), r.agencyId(), r.agencyName(), r.creditCode(), r.agencyRegion().value(),
				r.organiser(), r.inspectionType(), r.inspectionDate(), r.result(), r.outcomeCode(), r.outcomeLabel(),
				r.actions(), r.drawRecord(), r.sheetResultHash(), r.evidenceHeadHash(), r.publishedBy().userId(),
				r.publishedBy().name(), r.publishedAt()));
	}

	@Override
	public List<PublishedResult> find(PlanId planId, RegionCode region, int limit) {
		Criteria criteria = new Criteria();
		if (planId != null) {
			criteria = criteria.and("planId").is(planId.value());
		}
		if (region != null) {
			criteria = criteria.and("agencyRegion").regex("^" + region.prefix());
		}
		return documents().find(Query.query(criteria).with(Sort.by("_id")).limit(limit), this::toDomain);
	}

	@Override
	protected PublishedResult toDomain(PublishedResultDocument d) {
		return new PublishedResult(d.taskId(), new PlanId(d.planId()), d.planTitle(), RegionCode.of(d.planRegion()),
				d.agencyId(), d.agencyName(), d.creditCode(), RegionCode.of(d.agencyRegion()), d.organiser(),
				d.inspectionType(), d.inspectionDate(), d.result(), d.outcomeCode(), d.outcomeLabel(),
				(d.actions() != null) ? d.actions() : List.of(), d.drawRecord(), d.sheetResultHash(),
				d.evidenceHeadHash(), new Actor(d.publishedById(), d.publishedByName()), d.publishedAt());
	}

}
