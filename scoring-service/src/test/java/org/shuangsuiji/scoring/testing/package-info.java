/**
 * Test support: the signed tokens of the scoring tests' callers (the HTTP client is
 * platform-test's {@code TestHttp}).
 */
package org.shuangsuiji.scoring.testing;
