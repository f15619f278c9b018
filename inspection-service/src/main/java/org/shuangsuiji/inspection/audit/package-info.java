/**
 * The append-only audit trail of plans, draws and tasks: each entry carries the SHA-256
 * of its predecessor, so a changed or removed entry breaks the chain. Plain Java: the
 * entries and the chain check, {@link org.shuangsuiji.inspection.audit.AuditTrail}
 * (append, read, verify) and its storage port
 * {@link org.shuangsuiji.inspection.audit.AuditStore}. Entries are appended by
 * {@code listener/} from the events the other features publish.
 */
package org.shuangsuiji.inspection.audit;
