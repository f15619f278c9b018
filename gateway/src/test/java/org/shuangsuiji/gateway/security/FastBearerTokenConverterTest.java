package org.shuangsuiji.gateway.security;

import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;

import static org.assertj.core.api.Assertions.assertThat;

class FastBearerTokenConverterTest {

	// Spring Security's own pattern (ServerBearerTokenAuthenticationConverter), the
	// reference.
	private static final Pattern SPRING = Pattern.compile("^Bearer (?<token>[a-zA-Z0-9-._~+/]+=*)$",
			Pattern.CASE_INSENSITIVE);

	private final FastBearerTokenConverter fast = new FastBearerTokenConverter();

	private final ServerBearerTokenAuthenticationConverter spring = new ServerBearerTokenAuthenticationConverter();

	@ParameterizedTest
	@ValueSource(strings = { "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln", "bearer abc", "BEARER a-b_c~d+e/f.g==",
			"Bearer a=", "Bearer ", "Bearer", "Bearer  abc", "Bearer abc ", "Bearer a=b", "Bearer abc\n", "Bearer ab,c",
			"Bearer abç", "Basic dXNlcjpwYXNz", "Bearerabc", "Bearer\tabc", "", "Bearer ===", "Bearer a b" })
	void answersAsSpringSecuritysConverterDoes(String header) {
		assertThat(FastBearerTokenConverter.isWellFormed(header)).as(header)
			.isEqualTo(SPRING.matcher(header).matches());
		assertThat(outcome(this.fast, header)).as(header).isEqualTo(outcome(this.spring, header));
	}

	@Test
	void acceptsExactlyWhatSpringSecuritysPatternAccepts() {
		String alphabet = "Bb eEaArR=aZz09-._~+/,;\t\"ıſK";
		Random random = new Random(13);
		for (int n = 0; n < 20_000; n++) {
			StringBuilder header = new StringBuilder(random.nextBoolean() ? "Bearer " : "");
			int length = random.nextInt(12);
			for (int i = 0; i < length; i++) {
				header.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			String value = header.toString();
			assertThat(FastBearerTokenConverter.isWellFormed(value)).as(value)
				.isEqualTo(SPRING.matcher(value).matches());
		}
	}

	@Test
	void noAuthorizationHeaderIsNoToken() {
		MockServerWebExchange exchange = MockServerWebExchange
			.from(MockServerHttpRequest.get("/api/registry/agencies"));

		assertThat(this.fast.convert(exchange).blockOptional()).isEmpty();
	}

	/** The token taken, the error's description, or "none". */
	private static String outcome(ServerAuthenticationConverter converter, String header) {
		MockServerWebExchange exchange = MockServerWebExchange
			.from(MockServerHttpRequest.get("/api/registry/agencies").header(HttpHeaders.AUTHORIZATION, header));
		try {
			Authentication authentication = Mono.defer(() -> converter.convert(exchange)).block();
			return (authentication instanceof BearerTokenAuthenticationToken token) ? "token " + token.getToken()
					: "none";
		}
		catch (OAuth2AuthenticationException ex) {
			return "error " + ex.getError().getDescription();
		}
	}

}
