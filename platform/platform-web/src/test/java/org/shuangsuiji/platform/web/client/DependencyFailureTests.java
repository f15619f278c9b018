package org.shuangsuiji.platform.web.client;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Against a real HTTP server on loopback that cuts its first answer off halfway: the soak
 * of issue #13 lost three uploads to such answers (evidence-service asking a cold
 * inspection-service), which were neither retried nor counted.
 */
class DependencyFailureTests {

	private static final String BODY = "{\"taskId\":\"plan-1:agency-1\",\"mayUpload\":true}";

	private final DependencyFailure failure = new DependencyFailure();

	private final AtomicInteger requests = new AtomicInteger();

	private final AtomicBoolean cutNext = new AtomicBoolean(true);

	private HttpServer server;

	private RestClient client;

	@BeforeEach
	void start() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/cut-once", (exchange) -> {
			byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			this.requests.incrementAndGet();
			try (OutputStream out = exchange.getResponseBody()) {
				if (this.cutNext.getAndSet(false)) {
					out.write(body, 0, 10);
					out.flush();
					sleep(Duration.ofMillis(800));
					// closing before the promised length: the client sees the body end
					// early
					exchange.close();
					return;
				}
				out.write(body);
			}
		});
		this.server.createContext("/missing", (exchange) -> {
			this.requests.incrementAndGet();
			exchange.sendResponseHeaders(404, -1);
			exchange.close();
		});
		// a handler each: the cut answer's handler still sleeps while the retry is served
		this.server.setExecutor(Executors.newCachedThreadPool());
		this.server.start();
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory();
		factory.setReadTimeout(Duration.ofMillis(300));
		this.client = RestClient.builder()
			.baseUrl("http://127.0.0.1:" + this.server.getAddress().getPort())
			.requestFactory(factory)
			.build();
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	@Test
	void anAnswerCutOffWhileItsBodyIsReadIsAFailureAndTheRetryGetsTheWholeAnswer() {
		assertThatThrownBy(() -> this.client.get().uri("/cut-once").retrieve().body(String.class))
			.isInstanceOfSatisfying(RestClientException.class, (ex) -> assertThat(this.failure.test(ex)).isTrue());

		this.requests.set(0);
		this.cutNext.set(true);
		String body = Retry
			.decorateSupplier(retry(), () -> this.client.get().uri("/cut-once").retrieve().body(String.class))
			.get();

		assertThat(body).isEqualTo(BODY);
		// at least the cut attempt and the whole one (the JDK client may spend an attempt
		// on
		// the connection the cut answer's handler still holds)
		assertThat(this.requests.get()).isBetween(2, 3);
	}

	@Test
	void aFourHundredAnswerIsAnAnswerAndIsNotRetried() {
		assertThatThrownBy(() -> Retry
			.decorateSupplier(retry(), () -> this.client.get().uri("/missing").retrieve().body(String.class))
			.get()).isInstanceOf(HttpClientErrorException.class);

		assertThat(this.requests).hasValue(1);
	}

	@Test
	void noAnswerAndFiveHundredAnswersAreFailuresAnUnreadableCompleteAnswerIsNot() {
		assertThat(this.failure.test(new ResourceAccessException("connection refused"))).isTrue();
		assertThat(this.failure
			.test(HttpServerErrorException.create(HttpStatus.BAD_GATEWAY, "bad gateway", null, null, null))).isTrue();
		assertThat(this.failure
			.test(new RestClientException("Error while extracting response", new IllegalArgumentException("not JSON"))))
			.isFalse();
		assertThat(this.failure.test(new IllegalStateException("not a call"))).isFalse();
	}

	private Retry retry() {
		return Retry.of("test",
				RetryConfig.custom()
					.maxAttempts(3)
					.waitDuration(Duration.ofMillis(10))
					.retryOnException(this.failure)
					.build());
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
