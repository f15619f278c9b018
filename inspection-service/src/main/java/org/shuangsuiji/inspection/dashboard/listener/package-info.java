/**
 * Keeps the national view's tallies in step with the writes of the other features.
 */
package org.shuangsuiji.inspection.dashboard.listener;
