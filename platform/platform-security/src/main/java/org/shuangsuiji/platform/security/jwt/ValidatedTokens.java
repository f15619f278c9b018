package org.shuangsuiji.platform.security.jwt;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Tokens that passed the signature check and {@link PlatformJwt#validator}, kept by their
 * exact text so that the next request with the same token skips parsing, the RSA check
 * and the validators (under load they were most of the gateway's CPU, issue #13).
 * <p>
 * An entry lives until the token's {@code exp} and never longer than {@code maxAge}; a
 * token is remembered only after it was accepted, so a refused token is checked again
 * every time. What this trades: a token whose signing key Keycloak withdraws keeps
 * working until its entry ends (at most {@code maxAge}); a tampered token differs in its
 * text and is never found here.
 */
public final class ValidatedTokens {

	private final int maxEntries;

	private final Duration maxAge;

	private final Clock clock;

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	/**
	 * @param maxEntries how many tokens are kept at most (one per active session: a few
	 * thousand cost a few MB)
	 * @param maxAge the longest an entry is trusted, whatever the token's {@code exp}
	 * @param clock the time source
	 */
	public ValidatedTokens(int maxEntries, Duration maxAge, Clock clock) {
		if (maxEntries < 1 || maxAge.isNegative() || maxAge.isZero()) {
			throw new IllegalArgumentException("maxEntries must be at least 1 and maxAge positive");
		}
		this.maxEntries = maxEntries;
		this.maxAge = maxAge;
		this.clock = clock;
	}

	/** The accepted token for this text, if it was accepted before and has not ended. */
	public Optional<Jwt> find(String token) {
		Entry entry = this.entries.get(token);
		if (entry == null) {
			return Optional.empty();
		}
		if (!this.clock.instant().isBefore(entry.until())) {
			this.entries.remove(token, entry);
			return Optional.empty();
		}
		return Optional.of(entry.jwt());
	}

	/**
	 * Remembers a token that was just accepted. A token without {@code exp} is not kept
	 * (the validator refuses such tokens anyway).
	 */
	public void remember(String token, Jwt jwt) {
		Instant expires = jwt.getExpiresAt();
		if (expires == null) {
			return;
		}
		Instant now = this.clock.instant();
		Instant until = min(expires, now.plus(this.maxAge));
		if (!now.isBefore(until)) {
			return;
		}
		if (this.entries.size() >= this.maxEntries) {
			makeRoom(now);
		}
		this.entries.put(token, new Entry(jwt, until));
	}

	/** How many tokens are kept now. */
	public int size() {
		return this.entries.size();
	}

	/**
	 * Drops ended entries first; when every entry is still live, drops arbitrary ones
	 * until there is room (they are checked again on their next use, nothing worse).
	 */
	private void makeRoom(Instant now) {
		this.entries.values().removeIf((entry) -> !now.isBefore(entry.until()));
		Iterator<String> keys = this.entries.keySet().iterator();
		while (this.entries.size() >= this.maxEntries && keys.hasNext()) {
			keys.next();
			keys.remove();
		}
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

	private record Entry(Jwt jwt, Instant until) {
	}

}
