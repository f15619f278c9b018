package org.shuangsuiji.inspection.conclusion.persistence;

import java.math.BigDecimal;
import java.util.List;

import org.shuangsuiji.inspection.conclusion.Action;
import org.shuangsuiji.inspection.conclusion.Conclusion;
import org.shuangsuiji.inspection.conclusion.ConclusionStore;
import org.shuangsuiji.inspection.conclusion.Decision;
import org.shuangsuiji.inspection.conclusion.FoundItem;
import org.shuangsuiji.inspection.conclusion.Outcome;
import org.shuangsuiji.inspection.conclusion.ProvincialReview;
import org.shuangsuiji.inspection.conclusion.Recommendation;
import org.shuangsuiji.inspection.conclusion.ReviewStatus;
import org.shuangsuiji.inspection.conclusion.ReviewVerdict;
import org.shuangsuiji.inspection.conclusion.persistence.ConclusionDocument.ActionDoc;
import org.shuangsuiji.inspection.conclusion.persistence.ConclusionDocument.ActorDoc;
import org.shuangsuiji.inspection.conclusion.persistence.ConclusionDocument.DecisionDoc;
import org.shuangsuiji.inspection.conclusion.persistence.ConclusionDocument.FoundItemDoc;
import org.shuangsuiji.inspection.conclusion.persistence.ConclusionDocument.OutcomeDoc;
import org.shuangsuiji.inspection.conclusion.persistence.ConclusionDocument.RecommendationDoc;
import org.shuangsuiji.inspection.conclusion.persistence.ConclusionDocument.ReviewDoc;
import org.shuangsuiji.inspection.conclusion.persistence.ConclusionDocument.VerdictDoc;
import org.shuangsuiji.inspection.plan.Actor;
import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.mongo.MongoKeyedStore;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** {@link ConclusionStore} on the {@code conclusions} collection. */
public class MongoConclusionStore extends MongoKeyedStore<ConclusionDocument, Conclusion> implements ConclusionStore {

	public MongoConclusionStore(MongoTemplate mongo) {
		super(mongo, ConclusionDocument.class);
	}

	@Override
	public List<Conclusion> withReview(ReviewStatus status) {
		return query(Criteria.where("reviewStatus").is(status.name()));
	}

	@Override
	public List<Conclusion> ofPlan(PlanId planId) {
		return query(Criteria.where("planId").is(planId.value()));
	}

	private List<Conclusion> query(Criteria criteria) {
		return documents().find(Query.query(criteria).with(Sort.by("_id")), this::toDomain);
	}

	@Override
	public Conclusion save(Conclusion conclusion) {
		return toDomain(documents().saveVersioned(toDocument(conclusion), "the conclusion of " + conclusion.taskId()));
	}

	private static ConclusionDocument toDocument(Conclusion c) {
		Recommendation r = c.recommendation();
		RecommendationDoc recommendation = new RecommendationDoc(r.sheetId(), outcome(r.outcome()),
				(r.total() != null) ? r.total().toPlainString() : null, r.findings(), actions(r.actions()),
				r.foundItems().stream().map((f) -> new FoundItemDoc(f.itemId(), f.number(), f.found())).toList(),
				r.provincialReview(), r.reviewReasons(), r.resultHash(), r.submittedAt());
		Decision d = c.decision();
		DecisionDoc decision = new DecisionDoc(outcome(d.outcome()), d.reason(), actions(d.actions()),
				d.sendToProvince(), actor(d.by()), d.at());
		ReviewDoc review = null;
		if (c.review() != null) {
			ReviewVerdict v = c.review().verdict();
			VerdictDoc verdict = (v != null) ? new VerdictDoc(v.confirmed(), outcome(v.outcome()), actions(v.actions()),
					v.note(), actor(v.by()), v.at()) : null;
			review = new ReviewDoc(c.review().status().name(), c.review().reasons(), verdict);
		}
		return new ConclusionDocument(c.taskId(), c.planId().value(), c.planRegion().value(), c.agencyId(),
				c.agencyName(), c.agencyRegion().value(), recommendation, decision, review,
				(review != null) ? review.status() : null, c.publishedAt(), c.version());
	}

	@Override
	protected Conclusion toDomain(ConclusionDocument doc) {
		RecommendationDoc r = doc.recommendation();
		Recommendation recommendation = new Recommendation(r.sheetId(), outcome(r.outcome()),
				(r.total() != null) ? new BigDecimal(r.total()) : null, r.findings(), toActions(r.actions()),
				list(r.foundItems()).stream().map((f) -> new FoundItem(f.itemId(), f.number(), f.found())).toList(),
				r.provincialReview(), r.reviewReasons(), r.resultHash(), r.submittedAt());
		DecisionDoc d = doc.decision();
		Decision decision = new Decision(outcome(d.outcome()), d.reason(), toActions(d.actions()), d.sendToProvince(),
				actor(d.by()), d.at());
		ProvincialReview review = null;
		if (doc.review() != null) {
			VerdictDoc v = doc.review().verdict();
			ReviewVerdict verdict = (v != null) ? new ReviewVerdict(v.confirmed(), outcome(v.outcome()),
					toActions(v.actions()), v.note(), actor(v.by()), v.at()) : null;
			review = new ProvincialReview(ReviewStatus.valueOf(doc.review().status()), list(doc.review().reasons()),
					verdict);
		}
		return new Conclusion(doc.taskId(), new PlanId(doc.planId()), RegionCode.of(doc.planRegion()), doc.agencyId(),
				doc.agencyName(), RegionCode.of(doc.agencyRegion()), recommendation, decision, review,
				doc.publishedAt(), doc.version());
	}

	private static OutcomeDoc outcome(Outcome o) {
		return new OutcomeDoc(o.code(), o.label());
	}

	private static Outcome outcome(OutcomeDoc o) {
		return new Outcome(o.code(), o.label());
	}

	private static List<ActionDoc> actions(List<Action> actions) {
		return actions.stream().map((a) -> new ActionDoc(a.code(), a.label(), a.itemIds())).toList();
	}

	private static List<Action> toActions(List<ActionDoc> actions) {
		return list(actions).stream().map((a) -> new Action(a.code(), a.label(), a.itemIds())).toList();
	}

	private static ActorDoc actor(Actor a) {
		return new ActorDoc(a.userId(), a.name());
	}

	private static Actor actor(ActorDoc a) {
		return new Actor(a.userId(), a.name());
	}

	private static <T> List<T> list(List<T> list) {
		return (list != null) ? list : List.of();
	}

}
