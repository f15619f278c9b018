/**
 * The append-only change history of registry records (who, when, what changed) and the
 * field-by-field comparison that fills it. Plain Java.
 */
package org.shuangsuiji.registry.history;
