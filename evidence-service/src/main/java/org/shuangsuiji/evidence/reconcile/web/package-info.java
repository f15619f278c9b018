/** The reconciliation endpoints and schedule. */
package org.shuangsuiji.evidence.reconcile.web;
