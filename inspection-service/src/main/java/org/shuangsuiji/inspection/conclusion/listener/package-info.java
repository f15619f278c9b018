/**
 * The audit entries and metrics of conclusion events.
 */
package org.shuangsuiji.inspection.conclusion.listener;
