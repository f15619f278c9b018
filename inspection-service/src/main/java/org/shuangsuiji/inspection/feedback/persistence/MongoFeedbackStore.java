package org.shuangsuiji.inspection.feedback.persistence;

import java.util.List;
import java.util.Optional;

import org.shuangsuiji.inspection.feedback.Feedback;
import org.shuangsuiji.inspection.feedback.FeedbackStore;
import org.shuangsuiji.inspection.plan.Actor;
import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.platform.region.RegionCode;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** {@link FeedbackStore} on the {@code feedback} collection. */
public class MongoFeedbackStore implements FeedbackStore {

	private final MongoTemplate mongo;

	public MongoFeedbackStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public Optional<Feedback> find(String taskId) {
		return Optional.ofNullable(this.mongo.findById(taskId, FeedbackDocument.class))
			.map(MongoFeedbackStore::toDomain);
	}

	@Override
	public List<Feedback> ofPlan(PlanId planId) {
		Query query = Query.query(Criteria.where("planId").is(planId.value())).with(Sort.by("filedAt"));
		return this.mongo.find(query, FeedbackDocument.class).stream().map(MongoFeedbackStore::toDomain).toList();
	}

	@Override
	public boolean insert(Feedback feedback) {
		try {
			this.mongo.insert(toDocument(feedback));
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
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
