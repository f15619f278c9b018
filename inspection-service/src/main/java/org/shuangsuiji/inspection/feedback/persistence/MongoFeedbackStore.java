package org.shuangsuiji.inspection.feedback.persistence;

import java.util.List;
import java.util.Optional;

import org.shuangsuiji.inspection.feedback.Feedback;
import org.shuangsuiji.inspection.feedback.FeedbackStore;
import org.shuangsuiji.inspection.plan.Actor;
import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.mongo.MongoDocuments;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** {@link FeedbackStore} on the {@code feedback} collection. */
public class MongoFeedbackStore implements FeedbackStore {

	private final MongoDocuments<FeedbackDocument> documents;

	public MongoFeedbackStore(MongoTemplate mongo) {
		this.documents = new MongoDocuments<>(mongo, FeedbackDocument.class);
	}

	@Override
	public Optional<Feedback> find(String taskId) {
		return this.documents.byId(taskId).map(MongoFeedbackStore::toDomain);
	}

	@Override
	public List<Feedback> ofPlan(PlanId planId) {
		Query query = Query.query(Criteria.where("planId").is(planId.value())).with(Sort.by("filedAt"));
		return this.documents.find(query, MongoFeedbackStore::toDomain);
	}

	@Override
	public boolean insert(Feedback feedback) {
		return this.documents.insertIfNew(toDocument(feedback));
	}

	private static FeedbackDocument toDocument(Feedback f) {
		String planId = f.taskId().substring(0, f.taskId().lastIndexOf(':'));
		return new FeedbackDocument(f.taskId(), planId, f.agencyId(), f.agencyName(), f.organiser().value(),
				f.hasOpinion(), f.text(), f.signer(), f.filedBy().userId(), f.filedBy().name(), f.filedAt());
	}

	private static Feedback toDomain(FeedbackDocument d) {
		return new Feedback(d.taskId(), d.agencyId(), d.agencyName(), RegionCode.of(d.organiser()), d.hasOpinion(),
				d.text(), d.signer(), new Actor(d.filedById(), d.filedByName()), d.filedAt());
	}

}
