/**
 * The {@code audit} collection: one document per entry, {@code _id} = seq, only ever
 * inserted.
 */
package org.shuangsuiji.inspection.audit.persistence;
