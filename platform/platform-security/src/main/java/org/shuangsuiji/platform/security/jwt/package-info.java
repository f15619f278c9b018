/**
 * The one rule for accepting a Keycloak access token, shared by the servlet services
 * (platform-web) and the reactive gateway.
 */
package org.shuangsuiji.platform.security.jwt;
