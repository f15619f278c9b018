/**
 * Metrics of the agency use cases, from the events they publish.
 */
package org.shuangsuiji.registry.agency.listener;
