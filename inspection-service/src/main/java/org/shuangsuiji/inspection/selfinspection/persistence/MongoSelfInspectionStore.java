package org.shuangsuiji.inspection.selfinspection.persistence;

import java.util.List;
import java.util.Optional;

import org.shuangsuiji.inspection.plan.Actor;
import org.shuangsuiji.inspection.selfinspection.SelfInspection;
import org.shuangsuiji.inspection.selfinspection.SelfInspectionStore;
import org.shuangsuiji.platform.mongo.MongoKeyedStore;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** {@link SelfInspectionStore} on the {@code self_inspections} collection. */
public class MongoSelfInspectionStore extends MongoKeyedStore<SelfInspectionDocument, SelfInspection>
		implements SelfInspectionStore {

	public MongoSelfInspectionStore(MongoTemplate mongo) {
		super(mongo, SelfInspectionDocument.class);
	}

	@Override
	public Optional<SelfInspection> find(String planId, String agencyId) {
		return find(planId + ":" + agencyId);
	}

	@Override
	public List<SelfInspection> ofPlan(String planId) {
		Query query = Query.query(Criteria.where("planId").is(planId)).with(Sort.by("submittedAt"));
		return documents().find(query, this::toDomain);
	}

	@Override
	public List<SelfInspection> ofAgency(String agencyId) {
		Query query = Query.query(Criteria.where("agencyId").is(agencyId));
		return documents().find(query, this::toDomain);
	}

	@Override
	public boolean insert(SelfInspection r) {
		return documents().insertIfNew(new SelfInspectionDocument(r.planId() + ":" + r.agencyId(), r.planId(),
				r.agencyId(), r.agencyName(), r.summary(), r.items(), r.evidenceIds(), r.submittedBy().userId(),
				r.submittedBy().name(), r.submittedAt(), r.late()));
	}

	@Override
	protected SelfInspection toDomain(SelfInspectionDocument d) {
		return new SelfInspection(d.planId(), d.agencyId(), d.agencyName(), d.summary(), d.items(), d.evidenceIds(),
				new Actor(d.submittedById(), d.submittedByName()), d.submittedAt(), d.late());
	}

}
