/** Audit entries of rectification (its metrics are declared in config/). */
package org.shuangsuiji.inspection.rectification.listener;
