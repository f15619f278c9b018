/**
 * The draw's metrics, counted and timed from its events.
 */
package org.shuangsuiji.inspection.draw.listener;
