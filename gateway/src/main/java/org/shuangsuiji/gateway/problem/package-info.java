/**
 * Every error the gateway itself produces, as RFC 9457 problem+json in the platform's
 * shape: security's 401/403, 413, 429, the 503 of a service that is down (answered by the
 * circuit package) and routing errors.
 */
@NullMarked
package org.shuangsuiji.gateway.problem;

import org.jspecify.annotations.NullMarked;
