/**
 * Wiring: the use cases and their MongoDB stores, the event listeners (audit trail,
 * metrics), the clients of registry-service and scoring-service with the caller's token
 * relayed, the clock, the random source of the draw's server seeds, and the start-up
 * repair of interrupted draws.
 */
package org.shuangsuiji.inspection.config;
