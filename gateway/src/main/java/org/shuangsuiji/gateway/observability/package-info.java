/**
 * The access log (one line per request with the user and the trace id) and trace id
 * lookup. Traces themselves come from Micrometer Tracing (Brave, W3C propagation) and
 * reach the services in the {@code traceparent} header.
 */
@NullMarked
package org.shuangsuiji.gateway.observability;

import org.jspecify.annotations.NullMarked;
