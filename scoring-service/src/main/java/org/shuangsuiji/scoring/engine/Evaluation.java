package org.shuangsuiji.scoring.engine;

import java.math.BigDecimal;
import java.util.List;

import org.shuangsuiji.scoring.template.TemplateKind;

/**
 * The result of scoring one set of answers against one template version.
 *
 * @param total the total (points tables), {@code null} for a checklist
 * @param cap the template's total cap, {@code null} for a checklist
 * @param grade the grade band of the total, {@code null} for a checklist
 * @param conclusion the recommended conclusion of a checklist, {@code null} for a points
 * table
 * @param parts every part's score
 * @param pools every pool's score
 * @param items every item's outcome, in template order
 * @param findings checklist counts of A/B/C, {@code null} for a points table
 * @param actions the recommended actions
 * @param trace every applied rule, floor and cap in template order
 * @param complete whether every item that must be answered is
 * @param missingItems the items still to answer
 */
public record Evaluation(String templateId, int version, TemplateKind kind, BigDecimal total, BigDecimal cap,
		Outcome grade, Outcome conclusion, List<PartScore> parts, List<PoolScore> pools, List<ItemOutcome> items,
		FindingCounts findings, List<RecommendedAction> actions, List<TraceEntry> trace, boolean complete,
		List<String> missingItems) {

	public Evaluation {
		parts = List.copyOf(parts);
		pools = List.copyOf(pools);
		items = List.copyOf(items);
		actions = List.copyOf(actions);
		trace = List.copyOf(trace);
		missingItems = List.copyOf(missingItems);
	}

	/** The grade or the conclusion, whichever the template gives. */
	public Outcome outcome() {
		return (this.grade != null) ? this.grade : this.conclusion;
	}

	public PartScore part(String partId) {
		return this.parts.stream()
			.filter((part) -> part.partId().equals(partId))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no part " + partId));
	}

	public ItemOutcome item(String itemId) {
		return this.items.stream()
			.filter((item) -> item.itemId().equals(itemId))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no item " + itemId));
	}

	public boolean recommends(String actionCode) {
		return this.actions.stream().anyMatch((action) -> action.code().equals(actionCode));
	}

}
