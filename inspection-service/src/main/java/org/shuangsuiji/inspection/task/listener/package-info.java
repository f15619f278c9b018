/**
 * The task's metrics, counted from its events.
 */
package org.shuangsuiji.inspection.task.listener;
