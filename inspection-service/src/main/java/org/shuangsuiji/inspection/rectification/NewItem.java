package org.shuangsuiji.inspection.rectification;

import java.time.LocalDate;

/**
 * An item the bureau sets.
 *
 * @param findingRef the finding it comes from ({@code F1} … for the main findings, or a
 * checklist item)
 * @param checklistItem the checklist item, optional
 * @param description what must be put right
 * @param deadline the last day
 */
public record NewItem(String findingRef, String checklistItem, String description, LocalDate deadline) {

}
