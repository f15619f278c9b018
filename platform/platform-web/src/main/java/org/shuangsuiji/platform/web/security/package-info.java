/**
 * The shared OAuth2 resource server set-up: Keycloak tokens, roles, region, Caller.
 */
package org.shuangsuiji.platform.web.security;
