/**
 * Metrics of the import use case, from the events it publishes.
 */
package org.shuangsuiji.registry.importing.listener;
