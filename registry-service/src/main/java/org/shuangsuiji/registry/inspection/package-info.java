/**
 * What inspections leave on an agency's record: the settled outcome of each rectification
 * item (整改) that inspection-service set after an inspection, recorded once per task and
 * item and written into the agency's history. Plain Java: no Spring, no persistence.
 */
package org.shuangsuiji.registry.inspection;
