package org.shuangsuiji.platform.security.jwt;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.platform.time.SettableClock;

import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ValidatedTokensTest {

	private static final Instant START = Instant.parse("2026-11-30T10:00:00Z");

	private final SettableClock clock = new SettableClock(START);

	@Test
	void aRememberedTokenIsFoundByItsExactText() {
		ValidatedTokens tokens = new ValidatedTokens(10, Duration.ofMinutes(5), this.clock);
		Jwt jwt = expiringIn(Duration.ofMinutes(5));
		tokens.remember("a.b.c", jwt);

		assertThat(tokens.find("a.b.c")).containsSame(jwt);
		assertThat(tokens.find("a.b.d")).isEmpty();
	}

	@Test
	void aTokenIsNotFoundOnceItHasExpired() {
		ValidatedTokens tokens = new ValidatedTokens(10, Duration.ofHours(1), this.clock);
		tokens.remember("a.b.c", expiringIn(Duration.ofSeconds(30)));

		this.clock.advance(Duration.ofSeconds(29));
		assertThat(tokens.find("a.b.c")).isPresent();
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(tokens.find("a.b.c")).isEmpty();
		assertThat(tokens.size()).isZero();
	}

	@Test
	void anEntryEndsAfterTheMaximumAgeEvenIfTheTokenLivesLonger() {
		// a withdrawn signing key is trusted through the cache for at most this long
		ValidatedTokens tokens = new ValidatedTokens(10, Duration.ofMinutes(1), this.clock);
		tokens.remember("a.b.c", expiringIn(Duration.ofHours(10)));

		this.clock.advance(Duration.ofSeconds(59));
		assertThat(tokens.find("a.b.c")).isPresent();
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(tokens.find("a.b.c")).isEmpty();
	}

	@Test
	void anAlreadyExpiredOrExpiryLessTokenIsNotKept() {
		ValidatedTokens tokens = new ValidatedTokens(10, Duration.ofMinutes(5), this.clock);
		tokens.remember("expired", expiringIn(Duration.ofSeconds(-1)));
		tokens.remember("no-exp", Jwt.withTokenValue("no-exp").header("alg", "RS256").subject("u").build());

		assertThat(tokens.size()).isZero();
		assertThat(tokens.find("expired")).isEmpty();
		assertThat(tokens.find("no-exp")).isEmpty();
	}

	@Test
	void neverKeepsMoreThanItsBoundAndDropsEndedEntriesFirst() {
		ValidatedTokens tokens = new ValidatedTokens(3, Duration.ofHours(1), this.clock);
		tokens.remember("short", expiringIn(Duration.ofSeconds(10)));
		tokens.remember("long-1", expiringIn(Duration.ofMinutes(10)));
		tokens.remember("long-2", expiringIn(Duration.ofMinutes(10)));
		this.clock.advance(Duration.ofSeconds(10));

		tokens.remember("new", expiringIn(Duration.ofMinutes(10)));
		assertThat(tokens.size()).isEqualTo(3);
		assertThat(tokens.find("long-1")).isPresent();
		assertThat(tokens.find("long-2")).isPresent();
		assertThat(tokens.find("new")).isPresent();

		for (int i = 0; i < 100; i++) {
			tokens.remember("more-" + i, expiringIn(Duration.ofMinutes(10)));
			assertThat(tokens.size()).isLessThanOrEqualTo(3);
		}
		assertThat(tokens.find("more-99")).isPresent();
	}

	@Test
	void refusesAnEmptyBoundOrAge() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ValidatedTokens(0, Duration.ofMinutes(1), this.clock));
		assertThatIllegalArgumentException().isThrownBy(() -> new ValidatedTokens(1, Duration.ZERO, this.clock));
	}

	private Jwt expiringIn(Duration lifetime) {
		Instant now = this.clock.instant();
		return Jwt.withTokenValue("t")
			.header("alg", "RS256")
			.subject("u")
			.issuedAt(now.minusSeconds(60))
			.expiresAt(now.plus(lifetime))
			.build();
	}

}
