/**
 * Verification of an inspection's evidence: every object is read again and hashed, every
 * record hash recomputed from its canonical form, every chain link checked; whatever
 * differs is named. Plain Java, no Spring.
 */
package org.shuangsuiji.evidence.verification;
