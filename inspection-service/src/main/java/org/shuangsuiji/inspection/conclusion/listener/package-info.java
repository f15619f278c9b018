/**
 * The audit entries of conclusion events (their metrics are declared in config/).
 */
package org.shuangsuiji.inspection.conclusion.listener;
