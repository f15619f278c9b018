/**
 * The audit entries of publications (their metrics are declared in config/).
 */
package org.shuangsuiji.inspection.disclosure.listener;
