/**
 * Test support: the signed tokens of the scoring tests' callers, and inspection-service's
 * access endpoint as a small real HTTP server ({@code InspectionStub}) that
 * {@code @ScoringServiceTest} points the service at (the HTTP client is platform-test's
 * {@code TestHttp}).
 */
package org.shuangsuiji.scoring.testing;
