/**
 * Request size limits per route and a per-user rate limit, both answering with
 * problem+json.
 */
@NullMarked
package org.shuangsuiji.gateway.limit;

import org.jspecify.annotations.NullMarked;
