package org.shuangsuiji.gateway.security;

import org.junit.jupiter.api.Test;
import org.shuangsuiji.platform.problem.DependencyUnavailableException;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The token rules themselves are tested in platform-security ({@code PlatformJwtTest}).
 */
class ReportingUnreachableKeysTest {

	@Test
	void unreachableKeysBecomeA503ProblemNotA500() {
		ReactiveJwtDecoder decoder = new ReportingUnreachableKeys(
				(token) -> Mono.error(new IllegalStateException("Could not obtain the keys")));

		StepVerifier.create(decoder.decode("token"))
			.expectErrorSatisfies((error) -> assertThat(error).isInstanceOf(DependencyUnavailableException.class)
				.hasMessageContaining("Keycloak"))
			.verify();
	}

	@Test
	void badTokensStayBadTokens() {
		ReactiveJwtDecoder decoder = new ReportingUnreachableKeys(
				(token) -> Mono.error(new BadJwtException("signature mismatch")));

		StepVerifier.create(decoder.decode("token")).expectError(BadJwtException.class).verify();
	}

}
