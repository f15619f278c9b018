package org.shuangsuiji.scoring.engine;

import java.util.ArrayList;
import java.util.List;

import org.shuangsuiji.scoring.template.ReviewRule;

/**
 * Whether a result goes to the province for 复核研判 (新乡 附件2 四), and why.
 *
 * @param required whether the template's review rule holds
 * @param reasons each condition that holds, in words
 */
public record ProvincialReview(boolean required, List<String> reasons) {

	static final ProvincialReview NONE = new ProvincialReview(false, List.of());

	public ProvincialReview {
		reasons = (reasons != null) ? List.copyOf(reasons) : List.of();
	}

	/**
	 * The rule applied to a result's actions, outcome and number of items with findings.
	 */
	static ProvincialReview of(ReviewRule rule, List<RecommendedAction> actions, Outcome outcome,
			int itemsWithFindings) {
		if (rule == null) {
			return NONE;
		}
		List<String> reasons = new ArrayList<>();
		if (rule.minFindings() != null && itemsWithFindings >= rule.minFindings()) {
			reasons.add(itemsWithFindings + "项检查内容发现问题（达到" + rule.minFindings() + "项）");
		}
		for (RecommendedAction action : actions) {
			if (rule.whenActions().contains(action.code())) {
				List<String> items = action.basis()
					.stream()
					.map((basis) -> (basis.itemId() != null) ? "第" + basis.itemId() + "项" : basis.ref())
					.distinct()
					.toList();
				reasons.add("建议" + action.label() + "（" + String.join("、", items) + "）");
			}
		}
		if (rule.whenOutcomes().contains(outcome.code())) {
			reasons.add("结论为" + outcome.label());
		}
		return reasons.isEmpty() ? NONE : new ProvincialReview(true, reasons);
	}

}
