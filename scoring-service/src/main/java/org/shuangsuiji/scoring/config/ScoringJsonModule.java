package org.shuangsuiji.scoring.config;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import tools.jackson.databind.deser.std.StdConvertingDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdDelegatingSerializer;
import tools.jackson.databind.util.StdConverter;

import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.scoring.engine.ChecklistEvaluation;
import org.shuangsuiji.scoring.engine.Evaluation;
import org.shuangsuiji.scoring.engine.FindingCounts;
import org.shuangsuiji.scoring.engine.ItemOutcome;
import org.shuangsuiji.scoring.engine.Outcome;
import org.shuangsuiji.scoring.engine.PartScore;
import org.shuangsuiji.scoring.engine.PointsEvaluation;
import org.shuangsuiji.scoring.engine.PoolScore;
import org.shuangsuiji.scoring.engine.ProvincialReview;
import org.shuangsuiji.scoring.engine.RecommendedAction;
import org.shuangsuiji.scoring.engine.TraceEntry;
import org.shuangsuiji.scoring.template.TemplateKind;

/**
 * Teaches Jackson the platform's value types and the engine's results without annotating
 * the domain: a {@link RegionCode} is its six digits as a JSON string; an
 * {@link Evaluation} of either kind is one flat object with every field of both kinds
 * (those of the other kind {@code null}), as the API and the stored sheets always had it.
 * An item outcome without evidence has no {@code evidenceIds} at all, so a result stored
 * before answers carried evidence keeps its JSON, and its result hash, unchanged.
 */
public class ScoringJsonModule extends SimpleModule {

	public ScoringJsonModule() {
		super("scoring-json");
		setMixInAnnotation(RegionCode.class, RegionCodeMixin.class);
		setMixInAnnotation(ItemOutcome.class, ItemOutcomeMixin.class);
		addSerializer(Evaluation.class, new StdDelegatingSerializer(new EvaluationToJson()));
		addDeserializer(Evaluation.class, new StdConvertingDeserializer<>(new EvaluationFromJson()));
	}

	abstract static class RegionCodeMixin {

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		static RegionCode of(String value) {
			return RegionCode.of(value);
		}

		@JsonValue
		abstract String value();

	}

	abstract static class ItemOutcomeMixin {

		@JsonInclude(JsonInclude.Include.NON_EMPTY)
		abstract List<String> evidenceIds();

	}

	/** The JSON form of an evaluation of either kind. */
	record EvaluationJson(String templateId, int version, TemplateKind kind, BigDecimal total, BigDecimal cap,
			Outcome grade, Outcome conclusion, List<PartScore> parts, List<PoolScore> pools, List<ItemOutcome> items,
			FindingCounts findings, List<RecommendedAction> actions, List<TraceEntry> trace, boolean complete,
			List<String> missingItems, boolean provincialReview, List<String> provincialReviewReasons) {

	}

	static final class EvaluationToJson extends StdConverter<Evaluation, EvaluationJson> {

		@Override
		public EvaluationJson convert(Evaluation evaluation) {
			if (evaluation instanceof PointsEvaluation points) {
				return new EvaluationJson(points.templateId(), points.version(), points.kind(), points.total(),
						points.cap(), points.grade(), null, points.parts(), points.pools(), points.items(), null,
						points.actions(), points.trace(), points.complete(), points.missingItems(),
						points.review().required(), points.review().reasons());
			}
			ChecklistEvaluation checklist = (ChecklistEvaluation) evaluation;
			return new EvaluationJson(checklist.templateId(), checklist.version(), checklist.kind(), null, null, null,
					checklist.conclusion(), checklist.parts(), checklist.pools(), checklist.items(),
					checklist.findings(), checklist.actions(), checklist.trace(), checklist.complete(),
					checklist.missingItems(), checklist.review().required(), checklist.review().reasons());
		}

	}

	static final class EvaluationFromJson extends StdConverter<EvaluationJson, Evaluation> {

		@Override
		public Evaluation convert(EvaluationJson json) {
			if (json.kind() == TemplateKind.CHECKLIST) {
				return new ChecklistEvaluation(json.templateId(), json.version(), json.conclusion(), json.items(),
						json.findings(), json.actions(), json.trace(), review(json), json.missingItems());
			}
			return new PointsEvaluation(json.templateId(), json.version(), json.total(), json.cap(), json.grade(),
					json.parts(), json.pools(), json.items(), json.actions(), json.trace(), review(json),
					json.missingItems());
		}

		private static ProvincialReview review(EvaluationJson json) {
			return new ProvincialReview(json.provincialReview(), json.provincialReviewReasons());
		}

	}

}
