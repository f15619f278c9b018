package org.shuangsuiji.scoring.engine;

import java.util.List;

/**
 * A measure the result recommends, such as 暂停执业整改, with what caused it.
 *
 * @param code stable code ({@code SUSPEND_PRACTICE}, {@code CANCEL_CATEGORY},
 * {@code RECTIFY} …)
 * @param label the template's wording
 * @param basis the findings behind it
 */
public record RecommendedAction(String code, String label, List<Basis> basis) {

	/**
	 * One finding behind an action.
	 *
	 * @param itemId the item
	 * @param ref the sub-point ("（1）"), rule id or grade that caused it
	 * @param text the template's wording of it
	 * @param contents what it applied to (the business categories to cancel …), if named
	 * @param reason what the scorer wrote, or {@code null}
	 */
	public record Basis(String itemId, String ref, String text, List<String> contents, String reason) {

		public Basis {
			contents = (contents != null) ? List.copyOf(contents) : List.of();
		}

	}

}
