/** Audit entries and metrics of rectification. */
package org.shuangsuiji.inspection.rectification.listener;
