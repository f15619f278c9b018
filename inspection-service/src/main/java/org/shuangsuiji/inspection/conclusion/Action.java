package org.shuangsuiji.inspection.conclusion;

import java.util.List;
import java.util.Set;

/**
 * A measure a conclusion takes (处理措施), such as 暂停执业整改 or 限期整改.
 *
 * @param code the template's stable code ({@code SUSPEND_PRACTICE},
 * {@code CANCEL_CATEGORY}, {@code RECTIFY} …)
 * @param label the wording
 * @param itemIds the checklist items behind it (empty when a bureau adds it)
 */
public record Action(String code, String label, List<String> itemIds) {

	/** Takes the agency's right to practise away, in whole or in part. */
	public static final Set<String> SUSPENDING = Set.of("SUSPEND_PRACTICE", "CANCEL_CATEGORY");

	/** Every finding brings it; dropping it changes nothing of consequence. */
	public static final String RECTIFY = "RECTIFY";

	public Action {
		if (code == null || code.isBlank()) {
			throw new IllegalArgumentException("an action needs a code");
		}
		label = (label == null || label.isBlank()) ? code : label;
		itemIds = (itemIds != null) ? List.copyOf(itemIds) : List.of();
	}

	/** Suspends practice or cancels a business category: the agency's rights change. */
	public boolean suspending() {
		return SUSPENDING.contains(this.code);
	}

	/** Anything beyond an order to rectify. */
	public boolean serious() {
		return !RECTIFY.equals(this.code);
	}

}
