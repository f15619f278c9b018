/**
 * One circuit breaker per service on its route, and the problem+json answer when the
 * service is down, slow or cut off.
 */
@NullMarked
package org.shuangsuiji.gateway.circuit;

import org.jspecify.annotations.NullMarked;
