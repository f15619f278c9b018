package org.shuangsuiji.gateway.limit;

import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.TestingAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitFilterTest {

	private final AtomicInteger passed = new AtomicInteger();

	private final GatewayFilterChain chain = (exchange) -> {
		this.passed.incrementAndGet();
		return Mono.empty();
	};

	@Test
	void answers429ProblemWithRetryAfterOnceTheBurstIsUsed() {
		RateLimitFilter filter = new RateLimitFilter(new RateLimitProperties(true, 1, 2, 100));

		filter.filter(exchangeOf("alice"), this.chain).block();
		filter.filter(exchangeOf("alice"), this.chain).block();
		MockServerWebExchange refused = exchangeOf("alice");
		filter.filter(refused, this.chain).block();

		assertThat(this.passed).hasValue(2);
		assertThat(refused.getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(refused.getResponse().getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
		assertThat(refused.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(refused.getResponse().getBodyAsString().block())
			.contains("\"type\":\"urn:shuangsuiji:problem:too-many-requests\"");
	}

	@Test
	void countsEachUserApart() {
		RateLimitFilter filter = new RateLimitFilter(new RateLimitProperties(true, 1, 1, 100));

		filter.filter(exchangeOf("alice"), this.chain).block();
		filter.filter(exchangeOf("bob"), this.chain).block();

		assertThat(this.passed).hasValue(2);
	}

	@Test
	void countsAnonymousRequestsPerClientAddress() {
		RateLimitFilter filter = new RateLimitFilter(new RateLimitProperties(true, 1, 1, 100));

		filter.filter(anonymousFrom("10.0.0.1"), this.chain).block();
		filter.filter(anonymousFrom("10.0.0.2"), this.chain).block();
		filter.filter(anonymousFrom("10.0.0.1"), this.chain).block();

		assertThat(this.passed).hasValue(2);
	}

	@Test
	void disabledLimitLetsEverythingThrough() {
		RateLimitFilter filter = new RateLimitFilter(new RateLimitProperties(false, 1, 1, 100));

		for (int i = 0; i < 5; i++) {
			filter.filter(exchangeOf("alice"), this.chain).block();
		}

		assertThat(this.passed).hasValue(5);
	}

	@Test
	void aBureauUsersDashboardLoadedTwiceInARowIsNeverLimitedByTheDefaults() {
		// The province dashboard (frontend DashboardPage) sends at once: two scoring
		// dashboards, two inspection dashboards, one scoring dashboard per plan year
		// (five
		// here, more than the demo has), and anonymously the plans and two lists of child
		// regions. A reload right after doubles it; the default burst (40) takes both.
		RateLimitFilter filter = new RateLimitFilter(new RateLimitProperties(null, 0, 0, 0));
		int authenticated = 2 * (4 + 5);
		int anonymous = 2 * 3;

		for (int i = 0; i < authenticated; i++) {
			filter.filter(exchangeOf("henan-province"), this.chain).block();
		}
		for (int i = 0; i < anonymous; i++) {
			filter.filter(anonymousFrom("10.0.0.1"), this.chain).block();
		}

		assertThat(this.passed).hasValue(authenticated + anonymous);
	}

	@Test
	void defaultsApplyWhenNothingIsConfigured() {
		RateLimitProperties defaults = new RateLimitProperties(null, 0, 0, 0);

		assertThat(defaults.isEnabled()).isTrue();
		assertThat(defaults.requestsPerSecond()).isEqualTo(20);
		assertThat(defaults.burst()).isEqualTo(40);
		assertThat(defaults.maxKeys()).isEqualTo(10_000);
	}

	private static MockServerWebExchange exchangeOf(String user) {
		return MockServerWebExchange.builder(MockServerHttpRequest.get("/api/registry/x"))
			.principal(new TestingAuthenticationToken(user, ""))
			.build();
	}

	private static MockServerWebExchange anonymousFrom(String address) {
		return MockServerWebExchange.from(MockServerHttpRequest.get("/api/public/registry/x")
			.remoteAddress(new InetSocketAddress(address, 40000)));
	}

}
