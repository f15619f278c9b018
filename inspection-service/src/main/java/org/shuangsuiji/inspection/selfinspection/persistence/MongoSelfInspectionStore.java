package org.shuangsuiji.inspection.selfinspection.persistence;

import java.util.List;
import java.util.Optional;

import org.shuangsuiji.inspection.plan.Actor;
import org.shuangsuiji.inspection.selfinspection.SelfInspection;
import org.shuangsuiji.inspection.selfinspection.SelfInspectionStore;
import org.shuangsuiji.platform.mongo.MongoDocuments;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** {@link SelfInspectionStore} on the {@code self_inspections} collection. */
public class MongoSelfInspectionStore implements SelfInspectionStore {

	private final MongoDocuments<SelfInspectionDocument> documents;

	public MongoSelfInspectionStore(MongoTemplate mongo) {
		this.documents = new MongoDocuments<>(mongo, SelfInspectionDocument.class);
	}

	@Override
	public Optional<SelfInspection> find(String planId, String agencyId) {
		return this.documents.byId(planId + ":" + agencyId).map(MongoSelfInspectionStore::toDomain);
	}

	@Override
	public List<SelfInspection> ofPlan(String planId) {
		Query query = Query.query(Criteria.where("planId").is(planId)).with(Sort.by("submittedAt"));
		return this.documents.find(query, MongoSelfInspectionStore::toDomain);
	}

	@Override
	public List<SelfInspection> ofAgency(String agencyId) {
		Query query = Query.query(Criteria.where("agencyId").is(agencyId));
		return this.documents.find(query, MongoSelfInspectionStore::toDomain);
	}

	@Override
	public boolean insert(SelfInspection r) {
		return this.documents.insertIfNew(new SelfInspectionDocument(r.planId() + ":" + r.agencyId(), r.planId(),
				r.agencyId(), r.agencyName(), r.summary(), r.items(), r.evidenceIds(), r.submittedBy().userId(),
				r.submittedBy().name(), r.submittedAt(), r.late()));
	}

	private static SelfInspection toDomain(SelfInspectionDocument d) {
		return new SelfInspection(d.planId(), d.agencyId(), d.agencyName(), d.summary(), d.items(), d.evidenceIds(),
				new Actor(d.submittedById(), d.submittedByName()), d.submittedAt(), d.late());
	}

}
