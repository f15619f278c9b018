/**
 * The reconciliation endpoints (the hourly run is config's {@code ReconciliationJob}).
 */
package org.shuangsuiji.evidence.reconcile.web;
