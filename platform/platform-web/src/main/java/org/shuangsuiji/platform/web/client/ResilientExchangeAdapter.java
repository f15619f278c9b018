package org.shuangsuiji.platform.web.client;

import java.util.Set;
import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.service.invoker.HttpExchangeAdapter;
import org.springframework.web.service.invoker.HttpExchangeAdapterDecorator;
import org.springframework.web.service.invoker.HttpRequestValues;

/**
 * Sends each request of an {@code @HttpExchange} client through a Resilience4j circuit
 * breaker, and an idempotent one (GET, HEAD, PUT, DELETE) through a retry inside it
 * (circuit breaker outside, retry inside): a retry never repeats a POST, and the breaker
 * records one outcome per request, after its tries. Counting each try instead opened the
 * breaker under a passing slowness: a request cut off once and answered at its second try
 * was a failure and a success, 50 % of two calls (issue #13's soak). One request is one
 * call, so a use case reading three resources is three calls to the breaker.
 */
public class ResilientExchangeAdapter extends HttpExchangeAdapterDecorator {

	private static final Set<HttpMethod> IDEMPOTENT = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.PUT,
			HttpMethod.DELETE);

	private final Retry retry;

	private final CircuitBreaker breaker;

	public ResilientExchangeAdapter(HttpExchangeAdapter delegate, Retry retry, CircuitBreaker breaker) {
		super(delegate);
		this.retry = retry;
		this.breaker = breaker;
	}

	@Override
	public void exchange(HttpRequestValues values) {
		send(values, () -> {
			super.exchange(values);
			return null;
		});
	}

	@Override
	public HttpHeaders exchangeForHeaders(HttpRequestValues values) {
		return send(values, () -> super.exchangeForHeaders(values));
	}

	@Override
	public <T> T exchangeForBody(HttpRequestValues values, ParameterizedTypeReference<T> bodyType) {
		return send(values, () -> super.exchangeForBody(values, bodyType));
	}

	@Override
	public ResponseEntity<Void> exchangeForBodilessEntity(HttpRequestValues values) {
		return send(values, () -> super.exchangeForBodilessEntity(values));
	}

	@Override
	public <T> ResponseEntity<T> exchangeForEntity(HttpRequestValues values, ParameterizedTypeReference<T> bodyType) {
		return send(values, () -> super.exchangeForEntity(values, bodyType));
	}

	private <T> T send(HttpRequestValues values, Supplier<T> request) {
		Supplier<T> tried = IDEMPOTENT.contains(values.getHttpMethod()) ? Retry.decorateSupplier(this.retry, request)
				: request;
		return CircuitBreaker.decorateSupplier(this.breaker, tried).get();
	}

}
