package org.shuangsuiji.gateway.security;

import org.shuangsuiji.platform.security.jwt.ValidatedTokens;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Checks a token once, then answers its next uses from platform-security's
 * {@link ValidatedTokens} until it expires: the SPA sends the same token with every
 * request for minutes. Refused tokens are never remembered.
 */
final class RememberingValidTokens implements ReactiveJwtDecoder {

	private final ReactiveJwtDecoder decoder;

	private final ValidatedTokens accepted;

	RememberingValidTokens(ReactiveJwtDecoder decoder, ValidatedTokens accepted) {
		this.decoder = decoder;
		this.accepted = accepted;
	}

	@Override
	public Mono<Jwt> decode(String token) {
		return this.accepted.find(token)
			.map(Mono::just)
			.orElseGet(() -> this.decoder.decode(token).doOnNext((jwt) -> this.accepted.remember(token, jwt)));
	}

}
