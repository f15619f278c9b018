package org.shuangsuiji.inspection.forms;

/** An item of the plan's checklist as the summary names it: its id ("3") and title. */
public record ChecklistItem(String id, String title) {

	public ChecklistItem {
		id = Forms.requireText(id, "item id");
		title = Forms.requireText(title, "item title");
	}

}
