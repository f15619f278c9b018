/**
 * Wiring: the declarative HTTP clients of registry-service and scoring-service with the
 * caller's token relayed, the clock and the random source the draw's server seeds come
 * from.
 */
package org.shuangsuiji.inspection.config;
