/**
 * Spring wiring of the registry: properties, the clock, the region tree, the flag policy.
 */
package org.shuangsuiji.registry.config;
