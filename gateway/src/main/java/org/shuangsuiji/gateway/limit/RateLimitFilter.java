package org.shuangsuiji.gateway.limit;

import java.net.InetSocketAddress;
import java.time.Duration;

import org.shuangsuiji.gateway.problem.Problem;
import org.shuangsuiji.gateway.problem.ProblemResponses;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Limits every routed request per user (the token's subject), or per client address for
 * anonymous public reads; over the limit answers 429 problem+json with
 * {@code Retry-After}. In memory: with N gateway replicas a user may get up to N times
 * the rate (docs/adr/0013).
 */
@Component
public class RateLimitFilter implements GlobalFilter, Ordered {

	private final RateLimitProperties properties;

	private final TokenBuckets buckets;

	public RateLimitFilter(RateLimitProperties properties) {
		this.properties = properties;
		this.buckets = new TokenBuckets(properties.requestsPerSecond(), properties.burst(), properties.maxKeys(),
				System::nanoTime);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 100;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		if (!this.properties.isEnabled()) {
			return chain.filter(exchange);
		}
		return exchange.getPrincipal()
			.map((principal) -> "user:" + principal.getName())
			.defaultIfEmpty(clientKey(exchange))
			.flatMap((key) -> {
				Duration wait = this.buckets.acquire(key);
				if (wait.isZero()) {
					return chain.filter(exchange);
				}
				long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
				exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
				return ProblemResponses.write(exchange, Problem.tooManyRequests("over the limit of "
						+ this.properties.requestsPerSecond() + " requests per second; retry in " + seconds + " s"));
			});
	}

	private static String clientKey(ServerWebExchange exchange) {
		InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
		return "address:"
				+ ((remote != null && remote.getAddress() != null) ? remote.getAddress().getHostAddress() : "unknown");
	}

}
