/**
 * The gateway as an OAuth2 resource server: Keycloak tokens checked for signature,
 * issuer, audience and region; realm roles as authorities; coarse role rules per route;
 * CORS for the SPA. The services check again (the gateway is not the only wall).
 */
@NullMarked
package org.shuangsuiji.gateway.security;

import org.jspecify.annotations.NullMarked;
