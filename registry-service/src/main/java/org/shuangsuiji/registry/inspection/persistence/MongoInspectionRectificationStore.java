package org.shuangsuiji.registry.inspection.persistence;

import java.util.List;
import java.util.Optional;

import org.shuangsuiji.registry.inspection.Finding;
import org.shuangsuiji.registry.inspection.InspectionRectification;
import org.shuangsuiji.registry.inspection.InspectionRectificationStore;
import org.shuangsuiji.registry.inspection.RectificationOutcome;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * The {@code inspection_rectifications} collection. A put is one upserting
 * find-and-replace on the task's item and its agency: two reports at once leave one
 * document, and an item kept for another agency fails on the id (409) instead of moving.
 */
@Repository
public class MongoInspectionRectificationStore implements InspectionRectificationStore {

	private final MongoTemplate mongo;

	MongoInspectionRectificationStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Creates the index the agency's list needs; safe to run at every start. */
	public void createIndexes() {
		this.mongo.indexOps(InspectionRectificationDocument.class)
			.createIndex(new Index("agencyId", Sort.Direction.ASC).on("acceptedAt", Sort.Direction.ASC)
				.named("agency_acceptedAt"));
	}

	@Override
	public Optional<InspectionRectification> find(String taskId, String itemId) {
		return Optional.ofNullable(this.mongo.findById(id(taskId, itemId), InspectionRectificationDocument.class))
			.map(MongoInspectionRectificationStore::toDomain);
	}

	@Override
	public Optional<InspectionRectification> put(InspectionRectification entry) {
		Query same = Query
			.query(Criteria.where("_id").is(id(entry.taskId(), entry.itemId())).and("agencyId").is(entry.agencyId()));
		return Optional
			.ofNullable(this.mongo.findAndReplace(same, toDocument(entry), FindAndReplaceOptions.options().upsert()))
			.map(MongoInspectionRectificationStore::toDomain);
	}

	@Override
	public List<InspectionRectification> ofAgency(String agencyId) {
		return this.mongo
			.find(Query.query(Criteria.where("agencyId").is(agencyId)).with(Sort.by("acceptedAt", "_id")),
					InspectionRectificationDocument.class)
			.stream()
			.map(MongoInspectionRectificationStore::toDomain)
			.toList();
	}

	private static String id(String taskId, String itemId) {
		return taskId + "/" + itemId;
	}

	private static InspectionRectificationDocument toDocument(InspectionRectification e) {
		return new InspectionRectificationDocument(id(e.taskId(), e.itemId()), e.agencyId(), e.planId(), e.taskId(),
				e.itemId(), e.finding().ref(), e.finding().templateItemId(), e.finding().text(), e.deadline(),
				e.outcome().name(), e.acceptedById(), e.acceptedByName(), e.acceptedAt(), e.comment());
	}

	private static InspectionRectification toDomain(InspectionRectificationDocument d) {
		return new InspectionRectification(d.agencyId(), d.planId(), d.taskId(), d.itemId(),
				new Finding(d.findingRef(), d.templateItemId(), d.findingText()), d.deadline(),
				RectificationOutcome.valueOf(d.outcome()), d.acceptedById(), d.acceptedByName(), d.acceptedAt(),
				d.comment());
	}

}
