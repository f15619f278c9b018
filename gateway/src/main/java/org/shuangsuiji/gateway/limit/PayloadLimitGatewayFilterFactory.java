package org.shuangsuiji.gateway.limit;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.shuangsuiji.gateway.problem.Problem;
import org.shuangsuiji.gateway.problem.ProblemResponses;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;

/**
 * Route filter {@code PayloadLimit=<size>}: a declared {@code Content-Length} over the
 * limit is refused with 413 problem+json before anything is sent on; a body without a
 * length (chunked) is counted while it streams and cut off at the limit. Unlike Spring
 * Cloud Gateway's {@code RequestSize}, the answer has a body in the platform's shape, and
 * chunked bodies are limited too.
 */
@Component
public class PayloadLimitGatewayFilterFactory
		extends AbstractGatewayFilterFactory<PayloadLimitGatewayFilterFactory.Config> {

	public PayloadLimitGatewayFilterFactory() {
		super(Config.class);
	}

	@Override
	public List<String> shortcutFieldOrder() {
		return List.of("maxSize");
	}

	@Override
	public GatewayFilter apply(Config config) {
		DataSize limit = config.getMaxSize();
		return new GatewayFilter() {

			@Override
			public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
				return limit(exchange, chain, limit);
			}

			@Override
			public String toString() {
				return "PayloadLimit[" + limit + "]";
			}

		};
	}

	static Mono<Void> limit(ServerWebExchange exchange, GatewayFilterChain chain, DataSize limit) {
		long declared = exchange.getRequest().getHeaders().getContentLength();
		if (declared > limit.toBytes()) {
			return ProblemResponses.write(exchange,
					Problem.payloadTooLarge(new PayloadLimitExceededException(limit).getMessage()));
		}
		if (declared >= 0 || !exchange.getRequest().getHeaders().containsHeader(HttpHeaders.TRANSFER_ENCODING)) {
			// A declared length, or no body at all (neither a length nor a transfer
			// coding: most requests, every GET), needs no counting.
			return chain.filter(exchange);
		}
		ServerHttpRequest counted = new ServerHttpRequestDecorator(exchange.getRequest()) {
			@Override
			public Flux<DataBuffer> getBody() {
				return countedBody(super.getBody(), limit);
			}
		};
		return chain.filter(exchange.mutate().request(counted).build());
	}

	static Flux<DataBuffer> countedBody(Flux<DataBuffer> body, DataSize limit) {
		AtomicLong seen = new AtomicLong();
		return body.handle((buffer, sink) -> {
			if (seen.addAndGet(buffer.readableByteCount()) > limit.toBytes()) {
				DataBufferUtils.release(buffer);
				sink.error(new PayloadLimitExceededException(limit));
			}
			else {
				sink.next(buffer);
			}
		});
	}

	public static class Config {

		private DataSize maxSize = DataSize.ofMegabytes(2);

		public DataSize getMaxSize() {
			return this.maxSize;
		}

		public void setMaxSize(DataSize maxSize) {
			this.maxSize = maxSize;
		}

	}

}
