package org.shuangsuiji.scoring.engine;

import java.util.List;

import org.shuangsuiji.scoring.template.TemplateKind;

/**
 * How a checklist (检查表) came out: the counts of A/B/C and the recommended conclusion.
 *
 * @param conclusion the conclusion the findings recommend (限期整改 …)
 * @param items every item's outcome, in template order
 * @param findings how many items were answered A 发现, B 未发现, C 不适用, or not at all
 * @param actions the recommended actions
 * @param trace every finding in template order
 * @param review whether it goes to the province for 复核研判, and why
 * @param missingItems the items still to answer
 */
public record ChecklistEvaluation(String templateId, int version, Outcome conclusion, List<ItemOutcome> items,
		FindingCounts findings, List<RecommendedAction> actions, List<TraceEntry> trace, ProvincialReview review,
		List<String> missingItems) implements Evaluation {

	public ChecklistEvaluation {
		items = List.copyOf(items);
		actions = List.copyOf(actions);
		trace = List.copyOf(trace);
		review = (review != null) ? review : ProvincialReview.NONE;
		missingItems = List.copyOf(missingItems);
	}

	@Override
	public TemplateKind kind() {
		return TemplateKind.CHECKLIST;
	}

	@Override
	public Outcome outcome() {
		return this.conclusion;
	}

	/** A checklist has no scored parts. */
	@Override
	public List<PartScore> parts() {
		return List.of();
	}

	/** A checklist has no pools. */
	@Override
	public List<PoolScore> pools() {
		return List.of();
	}

}
