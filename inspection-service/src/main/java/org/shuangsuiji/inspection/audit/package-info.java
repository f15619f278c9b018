/**
 * The append-only audit trail of plans, draws and tasks: each entry carries the SHA-256
 * of its predecessor, so a changed or removed entry breaks the chain. Plain Java.
 */
package org.shuangsuiji.inspection.audit;
