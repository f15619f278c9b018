/**
 * Listeners of the events that the evidence use cases publish: the audit trail.
 */
package org.shuangsuiji.evidence.record.listener;
