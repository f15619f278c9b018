package org.shuangsuiji.evidence.record.persistence;

import java.util.Optional;

import org.shuangsuiji.evidence.record.Closure;
import org.shuangsuiji.evidence.record.Inspection;
import org.shuangsuiji.evidence.record.Inspections;
import org.shuangsuiji.evidence.record.Person;
import org.shuangsuiji.platform.region.RegionCode;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/** {@link Inspections} in the {@code inspections} collection. */
public class MongoInspections implements Inspections {

	private final MongoOperations mongo;

	public MongoInspections(MongoOperations mongo) {
		this.mongo = mongo;
	}

	@Override
	public Optional<Inspection> find(String inspectionId) {
		return Optional.ofNullable(this.mongo.findById(inspectionId, InspectionDocument.class))
			.map(MongoInspections::toInspection);
	}

	@Override
	public Inspection register(String inspectionId, RegionCode region, String agencyId) {
		Update onInsert = new Update().setOnInsert("region", region.value()).setOnInsert("agencyId", agencyId);
		try {
			this.mongo.upsert(query(where("_id").is(inspectionId)), onInsert, InspectionDocument.class);
		}
		catch (DuplicateKeyException ex) {
			// Two first uploads raced; the other one registered it.
		}
		return find(inspectionId).orElseThrow();
	}

	@Override
	public Inspection close(String inspectionId, Closure closure) {
		Update close = new Update().set("closure", new InspectionDocument.ClosureDocument(closure.by().userId(),
				closure.by().displayName(), closure.at(), closure.note(), closure.headHash(), closure.headSequence()));
		this.mongo.updateFirst(query(where("_id").is(inspectionId).and("closure").is(null)), close,
				InspectionDocument.class);
		return find(inspectionId).orElseThrow();
	}

	private static Inspection toInspection(InspectionDocument document) {
		Closure closure = (document.closure() != null)
				? new Closure(new Person(document.closure().userId(), document.closure().displayName()),
						document.closure().at(), document.closure().note(), document.closure().headHash(),
						(document.closure().headSequence() != null) ? document.closure().headSequence() : 0L)
				: null;
		return new Inspection(document.id(), RegionCode.of(document.region()), document.agencyId(), closure);
	}

}
