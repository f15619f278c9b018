package org.shuangsuiji.scoring.engine;

import java.util.List;

import org.shuangsuiji.scoring.template.TemplateKind;

/**
 * The result of scoring one set of answers against one template version: a
 * {@link ChecklistEvaluation} (counts and a conclusion) or a {@link PointsEvaluation} (a
 * total and a grade), with what both have in common here.
 */
public sealed interface Evaluation permits ChecklistEvaluation, PointsEvaluation {

	String templateId();

	int version();

	TemplateKind kind();

	/** The grade of a points table or the conclusion of a checklist. */
	Outcome outcome();

	/** Every part's score; none for a checklist. */
	List<PartScore> parts();

	/** Every pool's score; none for a checklist. */
	List<PoolScore> pools();

	/** Every item's outcome, in template order. */
	List<ItemOutcome> items();

	/** The recommended actions. */
	List<RecommendedAction> actions();

	/** Every applied rule, floor and cap in template order. */
	List<TraceEntry> trace();

	/** Whether the result goes to the province for 复核研判, and why. */
	ProvincialReview review();

	/** The items still to answer. */
	List<String> missingItems();

	/** Whether every item is answered explicitly. */
	default boolean complete() {
		return missingItems().isEmpty();
	}

	default PartScore part(String partId) {
		return parts().stream()
			.filter((part) -> part.partId().equals(partId))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no part " + partId));
	}

	default ItemOutcome item(String itemId) {
		return items().stream()
			.filter((item) -> item.itemId().equals(itemId))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no item " + itemId));
	}

	default boolean recommends(String actionCode) {
		return actions().stream().anyMatch((action) -> action.code().equals(actionCode));
	}

}
