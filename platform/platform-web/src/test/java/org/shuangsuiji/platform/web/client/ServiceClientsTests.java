package org.shuangsuiji.platform.web.client;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.client.support.RestClientHttpServiceGroupConfigurer;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;
import org.springframework.web.service.registry.ImportHttpServices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Requests of an {@code @HttpExchange} client over real HTTP, against a server that
 * answers each path with a fixed status (599: 502 to the first request, 200 after) and
 * counts what reaches it.
 */
class ServiceClientsTests {

	@HttpExchange("/things")
	interface Things {

		@GetExchange("/{status}")
		String read(@PathVariable("status") int status);

		@PutExchange("/{status}")
		void put(@PathVariable("status") int status);

		@PostExchange("/{status}")
		String post(@PathVariable("status") int status);

	}

	private static final int FAILS_ONCE = 599;

	private final AtomicInteger received = new AtomicInteger();

	private final List<String> tokens = new CopyOnWriteArrayList<>();

	private HttpServer server;

	private CircuitBreaker breaker;

	private Things things;

	@BeforeEach
	void start() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/things/", (exchange) -> {
			this.received.incrementAndGet();
			this.tokens.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
			String path = exchange.getRequestURI().getPath();
			int status = Integer.parseInt(path.substring(path.lastIndexOf('/') + 1));
			if (status == FAILS_ONCE) {
				status = (this.received.get() == 1) ? 502 : 200;
			}
			byte[] body = "ok".getBytes();
			exchange.getResponseHeaders().add("Content-Type", "text/plain");
			exchange.sendResponseHeaders(status, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		this.server.start();
		this.breaker = CircuitBreaker.of("things",
				CircuitBreakerConfig.custom()
					.slidingWindowSize(4)
					.minimumNumberOfCalls(4)
					.failureRateThreshold(50)
					.ignoreExceptions(HttpClientErrorException.class)
					.build());
		Retry retry = Retry.of("things",
				RetryConfig.custom()
					.maxAttempts(3)
					.waitDuration(Duration.ofMillis(1))
					.retryExceptions(ResourceAccessException.class, HttpServerErrorException.class)
					.build());
		RestClient rest = RestClient.builder()
			.baseUrl("http://127.0.0.1:" + this.server.getAddress().getPort())
			.build();
		this.things = HttpServiceProxyFactory.builderFor(RestClientAdapter.create(rest))
			.exchangeAdapterDecorator((adapter) -> new ResilientExchangeAdapter(adapter, retry, this.breaker))
			.build()
			.createClient(Things.class);
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
		SecurityContextHolder.clearContext();
	}

	@Test
	void aGetAnsweredWithA5xxIsTriedAgainUpToTheRetrysAttempts() {
		assertThatExceptionOfType(HttpServerErrorException.class).isThrownBy(() -> this.things.read(502));
		assertThat(this.received).hasValue(3);
	}

	@Test
	void anIdempotentPutIsTriedAgainToo() {
		assertThatExceptionOfType(HttpServerErrorException.class).isThrownBy(() -> this.things.put(500));
		assertThat(this.received).hasValue(3);
	}

	@Test
	void aPostIsSentOnceWhateverTheAnswer() {
		assertThatExceptionOfType(HttpServerErrorException.class).isThrownBy(() -> this.things.post(502));
		assertThat(this.received).hasValue(1);
	}

	@Test
	void aClientErrorIsAnAnswerNotRetried() {
		assertThatExceptionOfType(HttpClientErrorException.class).isThrownBy(() -> this.things.read(404));
		assertThat(this.received).hasValue(1);
		assertThat(this.breaker.getMetrics().getNumberOfFailedCalls()).isZero();
	}

	@Test
	void aSuccessfulGetIsSentOnceAndAnswered() {
		assertThat(this.things.read(200)).isEqualTo("ok");
		assertThat(this.received).hasValue(1);
	}

	@Test
	void onceTheBreakerOpensNoRequestLeavesTheService() {
		for (int i = 0; i < 4; i++) {
			assertThatExceptionOfType(HttpServerErrorException.class).isThrownBy(() -> this.things.post(500));
		}
		int sent = this.received.get();
		assertThatExceptionOfType(CallNotPermittedException.class).isThrownBy(() -> this.things.read(200));
		assertThatExceptionOfType(CallNotPermittedException.class).isThrownBy(() -> this.things.post(200));
		assertThat(this.received).hasValue(sent);
	}

	@Test
	void aRetriedRequestIsOneFailedCallOfTheBreakerWhateverItsTries() {
		assertThatExceptionOfType(HttpServerErrorException.class).isThrownBy(() -> this.things.read(502));
		assertThat(this.received).hasValue(3);
		assertThat(this.breaker.getMetrics().getNumberOfFailedCalls()).isEqualTo(1);
	}

	@Test
	void aRequestAnsweredAtItsSecondTryIsASuccessfulCallOfTheBreaker() {
		assertThat(this.things.read(FAILS_ONCE)).isEqualTo("ok");
		assertThat(this.received).hasValue(2);
		assertThat(this.breaker.getMetrics().getNumberOfFailedCalls()).isZero();
		assertThat(this.breaker.getMetrics().getNumberOfSuccessfulCalls()).isEqualTo(1);
	}

	@Test
	void anOpenBreakerAnswersAGetWithoutTryingItAgain() {
		for (int i = 0; i < 4; i++) {
			assertThatExceptionOfType(HttpServerErrorException.class).isThrownBy(() -> this.things.read(502));
		}
		int sent = this.received.get();
		assertThatExceptionOfType(CallNotPermittedException.class).isThrownBy(() -> this.things.read(502));
		assertThat(this.received).hasValue(sent);
	}

	@Test
	void theConfigurationRelaysTheCallersTokenAndSendsAGroupsRequestsThroughTheInstancesNamedAfterIt() {
		Jwt jwt = Jwt.withTokenValue("the-callers-token").header("alg", "none").subject("someone").build();
		SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt));
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
			context.registerBean("baseUrl", String.class,
					() -> "http://127.0.0.1:" + this.server.getAddress().getPort());
			context.register(Wiring.class);
			context.refresh();
			Things things = context.getBean(Things.class);
			assertThatExceptionOfType(HttpServerErrorException.class).isThrownBy(() -> things.read(502));
			assertThat(this.received).hasValue(2);
			assertThat(this.tokens).containsOnly("Bearer the-callers-token");
			assertThat(context.getBean(CircuitBreakerRegistry.class)
				.circuitBreaker("things")
				.getMetrics()
				.getNumberOfFailedCalls()).isEqualTo(1);
		}
	}

	/** A service's wiring of one HTTP service group, {@code things}. */
	@Configuration(proxyBeanMethods = false)
	@ImportHttpServices(group = "things", types = Things.class)
	@Import(ServiceClientsConfiguration.class)
	static class Wiring {

		@Bean
		RetryRegistry retries() {
			RetryRegistry retries = RetryRegistry.ofDefaults();
			retries.retry("things",
					RetryConfig.custom()
						.maxAttempts(2)
						.waitDuration(Duration.ofMillis(1))
						.retryExceptions(HttpServerErrorException.class)
						.build());
			return retries;
		}

		@Bean
		CircuitBreakerRegistry breakers() {
			return CircuitBreakerRegistry.ofDefaults();
		}

		@Bean
		RestClientHttpServiceGroupConfigurer thingsBaseUrl(String baseUrl) {
			return (groups) -> groups.forEachClient((group, builder) -> builder.baseUrl(baseUrl));
		}

	}

}
