package org.shuangsuiji.gateway.limit;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

class PayloadLimitGatewayFilterFactoryTest {

	private final AtomicReference<ServerWebExchange> forwarded = new AtomicReference<>();

	private final GatewayFilterChain chain = (exchange) -> {
		this.forwarded.set(exchange);
		return Mono.empty();
	};

	@Test
	void refusesADeclaredLengthOverTheLimitWithoutForwarding() {
		MockServerWebExchange exchange = MockServerWebExchange
			.from(MockServerHttpRequest.post("/api/registry/imports").contentLength(2 * 1024 * 1024 + 1).body("x"));

		filter(DataSize.ofMegabytes(2)).filter(exchange, this.chain).block();

		assertThat(this.forwarded.get()).isNull();
		assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
		assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(exchange.getResponse().getBodyAsString().block())
			.contains("\"type\":\"urn:shuangsuiji:problem:payload-too-large\"")
			.contains("the request body exceeds the 2 MB this route accepts");
	}

	@Test
	void forwardsADeclaredLengthAtTheLimit() {
		MockServerWebExchange exchange = MockServerWebExchange
			.from(MockServerHttpRequest.post("/api/registry/imports").contentLength(1024).body("x"));

		filter(DataSize.ofKilobytes(1)).filter(exchange, this.chain).block();

		assertThat(this.forwarded.get()).isSameAs(exchange);
	}

	@Test
	void forwardsARequestWithoutABodyAsItIs() {
		MockServerWebExchange exchange = MockServerWebExchange
			.from(MockServerHttpRequest.get("/api/registry/regions/410700"));

		filter(DataSize.ofKilobytes(1)).filter(exchange, this.chain).block();

		assertThat(this.forwarded.get()).as("no body to count, nothing wrapped").isSameAs(exchange);
	}

	@Test
	void countsAChunkedBody() {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/evidence/files")
			.header(HttpHeaders.TRANSFER_ENCODING, "chunked")
			.body("x".repeat(2000)));

		filter(DataSize.ofKilobytes(1)).filter(exchange, this.chain).block();

		StepVerifier.create(this.forwarded.get().getRequest().getBody())
			.expectErrorSatisfies((error) -> assertThat(error).isInstanceOf(PayloadLimitExceededException.class))
			.verify();
	}

	@Test
	void cutsOffABodyWithoutLengthOnceItPassesTheLimit() {
		Flux<DataBuffer> body = Flux.range(0, 3)
			.map((i) -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[600]));

		StepVerifier.create(PayloadLimitGatewayFilterFactory.countedBody(body, DataSize.ofKilobytes(1)))
			.expectNextCount(1)
			.expectErrorSatisfies((error) -> assertThat(error).isInstanceOf(PayloadLimitExceededException.class)
				.hasMessage("the request body exceeds the 1 KB this route accepts"))
			.verify();
	}

	@Test
	void passesABodyWithoutLengthUnderTheLimit() {
		Flux<DataBuffer> body = Flux.range(0, 3)
			.map((i) -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[300]));

		StepVerifier.create(PayloadLimitGatewayFilterFactory.countedBody(body, DataSize.ofKilobytes(1)))
			.expectNextCount(3)
			.verifyComplete();
	}

	@Test
	void namesLimitsInReadableUnits() {
		assertThat(PayloadLimitExceededException.readable(DataSize.ofMegabytes(210))).isEqualTo("210 MB");
		assertThat(PayloadLimitExceededException.readable(DataSize.ofKilobytes(1536))).isEqualTo("1536 KB");
		assertThat(PayloadLimitExceededException.readable(DataSize.ofBytes(1000))).isEqualTo("1000 bytes");
	}

	@Test
	void defaultLimitIsTwoMegabytes() {
		assertThat(new PayloadLimitGatewayFilterFactory.Config().getMaxSize()).isEqualTo(DataSize.ofMegabytes(2));
		assertThat(new PayloadLimitGatewayFilterFactory().shortcutFieldOrder()).containsExactly("maxSize");
	}

	private static GatewayFilter filter(DataSize limit) {
		PayloadLimitGatewayFilterFactory.Config config = new PayloadLimitGatewayFilterFactory.Config();
		config.setMaxSize(limit);
		return new PayloadLimitGatewayFilterFactory().apply(config);
	}

}
