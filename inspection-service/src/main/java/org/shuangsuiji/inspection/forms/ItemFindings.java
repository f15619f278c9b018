package org.shuangsuiji.inspection.forms;

/** How many inspected agencies had a finding (A 发现) on a checklist item. */
public record ItemFindings(ChecklistItem item, long agencies) {

}
