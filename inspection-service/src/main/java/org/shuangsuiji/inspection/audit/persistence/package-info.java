/**
 * The {@code audit} collection: one document per entry, {@code _id} = seq, only ever
 * inserted; {@link org.shuangsuiji.inspection.audit.persistence.MongoAuditStore}
 * implements {@link org.shuangsuiji.inspection.audit.AuditStore}.
 */
package org.shuangsuiji.inspection.audit.persistence;
