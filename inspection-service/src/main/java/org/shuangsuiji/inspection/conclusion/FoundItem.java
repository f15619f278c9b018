package org.shuangsuiji.inspection.conclusion;

import java.util.List;

/**
 * A checklist item with findings, as the official sheet recorded it: what rectification
 * items refer to.
 *
 * @param itemId the template's item id
 * @param number the item's number in the template (第1项 …)
 * @param found the sub-points (（1）…) or deduction rules found
 */
public record FoundItem(String itemId, String number, List<String> found) {

	public FoundItem {
		found = (found != null) ? List.copyOf(found) : List.of();
	}

}
