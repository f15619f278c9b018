/** Reconciliation reports in MongoDB, append-only. */
package org.shuangsuiji.evidence.reconcile.persistence;
