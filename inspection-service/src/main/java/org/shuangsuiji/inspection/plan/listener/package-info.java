/**
 * The plan's metrics, counted from its events.
 */
package org.shuangsuiji.inspection.plan.listener;
