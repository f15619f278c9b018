package org.shuangsuiji.scoring.engine;

import java.math.BigDecimal;
import java.util.List;

import org.shuangsuiji.scoring.template.TemplateKind;

/**
 * How a points table (评分表) came out: every part's score, the total and its grade.
 *
 * @param total the total, capped at the template's cap and never below 0
 * @param cap the template's total cap
 * @param grade the grade band of the exact total
 * @param parts every part's score
 * @param pools every pool's score
 * @param items every item's outcome, in template order
 * @param actions the recommended actions
 * @param trace every applied rule, floor and cap in template order
 * @param review whether it goes to the province for 复核研判, and why
 * @param missingItems the items still to answer
 */
public record PointsEvaluation(String templateId, int version, BigDecimal total, BigDecimal cap, Outcome grade,
		List<PartScore> parts, List<PoolScore> pools, List<ItemOutcome> items, List<RecommendedAction> actions,
		List<TraceEntry> trace, ProvincialReview review, List<String> missingItems) implements Evaluation {

	public PointsEvaluation {
		parts = List.copyOf(parts);
		pools = List.copyOf(pools);
		items = List.copyOf(items);
		actions = List.copyOf(actions);
		trace = List.copyOf(trace);
		review = (review != null) ? review : ProvincialReview.NONE;
		missingItems = List.copyOf(missingItems);
	}

	@Override
	public TemplateKind kind() {
		return TemplateKind.DEDUCTION;
	}

	@Override
	public Outcome outcome() {
		return this.grade;
	}

}
