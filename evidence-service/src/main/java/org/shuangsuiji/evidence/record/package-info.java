/**
 * Evidence records (证据): what was uploaded for which inspection, by whom, with which
 * hash, in which place of the inspection's hash chain; withdrawals and the closing of an
 * inspection; who may do what. Plain Java, no Spring:
 * {@link org.shuangsuiji.evidence.record.EvidenceService} is wired in {@code config}.
 */
package org.shuangsuiji.evidence.record;
