/**
 * Writes the history from the changes the use cases publish.
 */
package org.shuangsuiji.registry.history.listener;
