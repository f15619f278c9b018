package org.shuangsuiji.registry.conflict.persistence;

import java.util.List;
import java.util.Optional;

import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.registry.conflict.ConflictKind;
import org.shuangsuiji.registry.conflict.ConflictOfInterest;
import org.shuangsuiji.registry.conflict.ConflictStore;
import org.shuangsuiji.registry.conflict.PersonKind;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** The {@code conflicts} collection. */
@Repository
public class MongoConflictStore implements ConflictStore {

	private final MongoTemplate mongo;

	public MongoConflictStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public void createIndexes() {
		this.mongo.indexOps(ConflictDocument.class)
			.createIndex(new Index("agencyRegion", Sort.Direction.ASC).named("agencyRegion"));
		this.mongo.indexOps(ConflictDocument.class)
			.createIndex(new Index("personRegion", Sort.Direction.ASC).named("personRegion"));
	}

	@Override
	public Optional<ConflictOfInterest> find(String id) {
		return Optional.ofNullable(this.mongo.findById(id, ConflictDocument.class)).map(MongoConflictStore::toDomain);
	}

	/** Declarations in force whose agency or person lies in the region subtree. */
	@Override
	public List<ConflictOfInterest> inForce(RegionCode region) {
		String prefix = "^" + region.prefix();
		Query query = Query
			.query(new Criteria().orOperator(Criteria.where("agencyRegion").regex(prefix),
					Criteria.where("personRegion").regex(prefix)))
			.with(Sort.by("declaredOn", "_id"));
		return this.mongo.find(query, ConflictDocument.class)
			.stream()
			.map(MongoConflictStore::toDomain)
			.filter(ConflictOfInterest::inForce)
			.toList();
	}

	@Override
	public ConflictOfInterest save(ConflictOfInterest conflict) {
		ConflictDocument d = new ConflictDocument();
		d.id = conflict.id();
		d.personId = conflict.personId();
		d.personKind = conflict.personKind().name();
		d.personRegion = conflict.personRegion().value();
		d.agencyId = conflict.agencyId();
		d.agencyRegion = conflict.agencyRegion().value();
		d.kind = conflict.kind().name();
		d.reason = conflict.reason();
		d.declaredOn = conflict.declaredOn();
		d.declaredBy = conflict.declaredBy();
		d.withdrawal = conflict.withdrawal();
		return toDomain(this.mongo.save(d));
	}

	static ConflictOfInterest toDomain(ConflictDocument d) {
		return new ConflictOfInterest(d.id, d.personId, PersonKind.valueOf(d.personKind), RegionCode.of(d.personRegion),
				d.agencyId, RegionCode.of(d.agencyRegion), ConflictKind.valueOf(d.kind), d.reason, d.declaredOn,
				d.declaredBy, d.withdrawal);
	}

}
