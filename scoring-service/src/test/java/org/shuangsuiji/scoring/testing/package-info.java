/**
 * Test support: the signed tokens of the scoring tests' callers, and
 * {@code @ScoringServiceTest}, which points the service at platform-test's
 * {@code InspectionStub} (inspection-service's access endpoint over real HTTP).
 */
package org.shuangsuiji.scoring.testing;
