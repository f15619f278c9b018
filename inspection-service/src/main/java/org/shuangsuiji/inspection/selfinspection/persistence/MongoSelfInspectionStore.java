package org.shuangsuiji.inspection.selfinspection.persistence;

import java.util.List;
import java.util.Optional;

import org.shuangsuiji.inspection.plan.Actor;
import org.shuangsuiji.inspection.selfinspection.SelfInspection;
import org.shuangsuiji.inspection.selfinspection.SelfInspectionStore;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** {@link SelfInspectionStore} on the {@code self_inspections} collection. */
public class MongoSelfInspectionStore implements SelfInspectionStore {

	private final MongoTemplate mongo;

	public MongoSelfInspectionStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public Optional<SelfInspection> find(String planId, String agencyId) {
		return Optional.ofNullable(this.mongo.findById(planId + ":" + agencyId, SelfInspectionDocument.class))
			.map(MongoSelfInspectionStore::toDomain);
	}

	@Override
	public List<SelfInspection> ofPlan(String planId) {
		Query query = Query.query(Criteria.where("planId").is(planId)).with(Sort.by("submittedAt"));
		return this.mongo.find(query, SelfInspectionDocument.class)
			.stream()
			.map(MongoSelfInspectionStore::toDomain)
			.toList();
	}

	@Override
	public List<SelfInspection> ofAgency(String agencyId) {
		Query query = Query.query(Criteria.where("agencyId").is(agencyId));
		return this.mongo.find(query, SelfInspectionDocument.class)
			.stream()
			.map(MongoSelfInspectionStore::toDomain)
			.toList();
	}

	@Override
	public boolean insert(SelfInspection r) {
		try {
			this.mongo.insert(new SelfInspectionDocument(r.planId() + ":" + r.agencyId(), r.planId(), r.agencyId(),
					r.agencyName(), r.summary(), r.items(), r.evidenceIds(), r.submittedBy().userId(),
					r.submittedBy().name(), r.submittedAt(), r.late()));
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	private static SelfInspection toDomain(SelfInspectionDocument d) {
		return new SelfInspection(d.planId(), d.agencyId(), d.agencyName(), d.summary(), d.items(), d.evidenceIds(),
				new Actor(d.submittedById(), d.submittedByName()), d.submittedAt(), d.late());
	}

}
