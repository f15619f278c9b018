package org.shuangsuiji.scoring.engine;

import java.math.BigDecimal;
import java.util.List;

import org.shuangsuiji.scoring.template.Item;

/**
 * How one item came out.
 *
 * @param finding the checklist answer, or {@code null}
 * @param findings how many problems were found on the item: the sub-points found (at
 * least one for an A), or the deduction rules that applied
 * @param found what was found: sub-point numbers of a checklist item, rule ids of a
 * deduction item
 * @param deducted points taken off by the item's rules
 * @param added points added by bonus rules or by the direct score
 * @param evidenceIds the evidence the item's answer rests on: sealed with the result, so
 * an answer cannot be pointed at other evidence after submission
 */
public record ItemOutcome(String itemId, String number, Finding finding, int findings, List<String> found,
		BigDecimal deducted, BigDecimal added, List<String> evidenceIds) {

	public ItemOutcome {
		evidenceIds = (evidenceIds != null) ? List.copyOf(evidenceIds) : List.of();
	}

	/** An outcome without evidence (results stored before answers carried any). */
	public ItemOutcome(String itemId, String number, Finding finding, int findings, List<String> found,
			BigDecimal deducted, BigDecimal added) {
		this(itemId, number, finding, findings, found, deducted, added, List.of());
	}

	/** A checklist item not answered yet. */
	public static ItemOutcome unanswered(Item item) {
		return new ItemOutcome(item.id(), item.number(), null, 0, List.of(), Points.ZERO, Points.ZERO);
	}

	/** A checklist item answered B 未发现 or C 不适用. */
	public static ItemOutcome nothingFound(Item item, Finding finding) {
		return new ItemOutcome(item.id(), item.number(), finding, 0, List.of(), Points.ZERO, Points.ZERO);
	}

	/** A checklist item answered A 发现, with the numbers of the sub-points found. */
	public static ItemOutcome found(Item item, List<String> subPoints) {
		return new ItemOutcome(item.id(), item.number(), Finding.A, Math.max(1, subPoints.size()), subPoints,
				Points.ZERO, Points.ZERO);
	}

	/** An item of a points table, with the deduction rules that applied. */
	public static ItemOutcome scored(Item item, List<String> rules, BigDecimal deducted, BigDecimal added) {
		return new ItemOutcome(item.id(), item.number(), null, rules.size(), rules, Points.normalize(deducted),
				Points.normalize(added));
	}

	/** This outcome with the evidence of the answer behind it. */
	public ItemOutcome withEvidence(ItemAnswer answer) {
		if (answer == null || answer.evidenceIds().isEmpty()) {
			return this;
		}
		return new ItemOutcome(this.itemId, this.number, this.finding, this.findings, this.found, this.deducted,
				this.added, answer.evidenceIds());
	}

}
