/**
 * The audit entries and metrics of publications.
 */
package org.shuangsuiji.inspection.disclosure.listener;
