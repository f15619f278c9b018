package org.shuangsuiji.evidence.record.persistence;

import java.util.List;

import org.shuangsuiji.evidence.record.EvidenceEvent;
import org.shuangsuiji.evidence.record.EvidenceEvents;
import org.shuangsuiji.evidence.record.Person;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/** The audit trail in the {@code evidence_events} collection: insert and read only. */
public class MongoEvidenceEvents implements EvidenceEvents {

	private final MongoOperations mongo;

	public MongoEvidenceEvents(MongoOperations mongo) {
		this.mongo = mongo;
	}

	public void createIndexes() {
		this.mongo.indexOps(EventDocument.class)
			.createIndex(new Index().on("inspectionId", Sort.Direction.ASC)
				.on("at", Sort.Direction.ASC)
				.named("by_inspection"));
	}

	@Override
	public void append(EvidenceEvent event) {
		this.mongo.insert(new EventDocument(null, event.type().name(), event.inspectionId(), event.evidenceId(),
				event.by().userId(), event.by().displayName(), event.at(), event.details()));
	}

	@Override
	public List<EvidenceEvent> of(String inspectionId) {
		return this.mongo
			.find(query(where("inspectionId").is(inspectionId)).with(Sort.by("at", "_id")), EventDocument.class)
			.stream()
			.map((document) -> new EvidenceEvent(EvidenceEvent.Type.valueOf(document.type()), document.inspectionId(),
					document.evidenceId(), new Person(document.userId(), document.displayName()), document.at(),
					(document.details() != null) ? document.details() : java.util.Map.of()))
			.toList();
	}

}
