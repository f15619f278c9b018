/**
 * The audit trail's listener: one entry per event that plans, draws and tasks publish.
 */
package org.shuangsuiji.inspection.audit.listener;
