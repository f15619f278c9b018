/**
 * Test doubles that are real servers: signed tokens with a JWK set over HTTP, and
 * downstream services on the JDK's HTTP server.
 */
@NullMarked
package org.shuangsuiji.gateway.support;

import org.jspecify.annotations.NullMarked;
