package org.shuangsuiji.inspection.feedback.persistence;

import java.util.List;

import org.shuangsuiji.inspection.feedback.Feedback;
import org.shuangsuiji.inspection.feedback.FeedbackStore;
import org.shuangsuiji.inspection.plan.Actor;
import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.mongo.MongoKeyedStore;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** {@link FeedbackStore} on the {@code feedback} collection. */
public class MongoFeedbackStore extends MongoKeyedStore<FeedbackDocument, Feedback> implements FeedbackStore {

	public MongoFeedbackStore(MongoTemplate mongo) {
		super(mongo, FeedbackDocument.class);
	}

	@Override
	public List<Feedback> ofPlan(PlanId planId) {
		Query query = Query.query(Criteria.where("planId").is(planId.value())).with(Sort.by("filedAt"));
		return documents().find(query, this::toDomain);
	}

	@Override
	public boolean insert(Feedback feedback) {
		return documents().insertIfNew(toDocument(feedback));
	}

	private static FeedbackDocument toDocument(Feedback f) {
		String planId = f.taskId().substring(0, f.taskId().lastIndexOf(':'));
		return new FeedbackDocument(f.taskId(), planId, f.agencyId(), f.agencyName(), f.organiser().value(),
				f.hasOpinion(), f.text(), f.signer(), f.filedBy().userId(), f.filedBy().name(), f.filedAt());
	}

	@Override
	protected Feedback toDomain(FeedbackDocument d) {
		return new Feedback(d.taskId(), d.agencyId(), d.agencyName(), RegionCode.of(d.organiser()), d.hasOpinion(),
				d.text(), d.signer(), new Actor(d.filedById(), d.filedByName()), d.filedAt());
	}

}
