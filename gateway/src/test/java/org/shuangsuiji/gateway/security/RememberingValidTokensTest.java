package org.shuangsuiji.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.shuangsuiji.platform.security.jwt.ValidatedTokens;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RememberingValidTokensTest {

	private final AtomicInteger checks = new AtomicInteger();

	private final ReactiveJwtDecoder checker = (token) -> {
		this.checks.incrementAndGet();
		if (token.startsWith("bad")) {
			return Mono.error(new BadJwtException("bad signature"));
		}
		return Mono.just(Jwt.withTokenValue(token)
			.header("alg", "RS256")
			.subject("xinxiang-city")
			.issuedAt(Instant.now().minusSeconds(10))
			.expiresAt(Instant.now().plusSeconds(300))
			.build());
	};

	private final RememberingValidTokens decoder = new RememberingValidTokens(this.checker,
			new ValidatedTokens(100, Duration.ofMinutes(5), Clock.systemUTC()));

	@Test
	void anAcceptedTokenIsCheckedOnlyOnce() {
		Jwt first = this.decoder.decode("good.token.1").block();
		Jwt second = this.decoder.decode("good.token.1").block();

		assertThat(second).isSameAs(first);
		assertThat(this.checks).hasValue(1);
	}

	@Test
	void aRefusedTokenIsCheckedEveryTime() {
		for (int i = 0; i < 3; i++) {
			assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> this.decoder.decode("bad.token").block());
		}
		assertThat(this.checks).hasValue(3);
	}

	@Test
	void anotherTokenTextIsCheckedAgain() {
		this.decoder.decode("good.token.1").block();
		this.decoder.decode("good.token.2").block();

		assertThat(this.checks).hasValue(2);
	}

}
