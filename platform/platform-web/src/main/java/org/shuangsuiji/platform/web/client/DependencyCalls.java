package org.shuangsuiji.platform.web.client;

import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.shuangsuiji.platform.problem.DependencyUnavailableException;

import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClientException;

/**
 * Runs calls to one other service through its {@code @HttpExchange} client and turns what
 * goes wrong into platform problems: a 4xx answer into whatever the caller maps it to
 * (403 stays 403, a 404 may be an empty answer), everything else (connection refused,
 * timeout, 5xx, an open circuit breaker, an answer that cannot be read) into 503 with the
 * service's {@code <name>-unavailable} type. A service is never guessed about.
 */
public final class DependencyCalls {

	private static final Logger log = LoggerFactory.getLogger(DependencyCalls.class);

	private final String service;

	private final String unavailableType;

	/**
	 * @param service the other service as a reader knows it ({@code scoring-service});
	 * also the problem's {@code dependency} property
	 * @param unavailableType the 503 problem type ({@code scoring-unavailable})
	 */
	public DependencyCalls(String service, String unavailableType) {
		this.service = service;
		this.unavailableType = unavailableType;
	}

	/** Runs the call; a 4xx answer is a 503 as well. */
	public <T> T call(Supplier<T> call) {
		return call(call, (status) -> {
			throw refused(status);
		});
	}

	/**
	 * Runs the call; a 4xx answer goes to {@code clientError}, which returns what the
	 * call answers instead or throws the problem it means.
	 */
	public <T> T call(Supplier<T> call, ClientError<T> clientError) {
		try {
			return call.get();
		}
		catch (HttpClientErrorException ex) {
			return clientError.answer(ex.getStatusCode());
		}
		catch (CallNotPermittedException ex) {
			throw unavailable(this.service + " is failing; its circuit breaker is open, try again later");
		}
		catch (RestClientException ex) {
			log.warn("{} call failed: {}", this.service, ex.getMessage());
			throw unavailable(this.service + " did not answer: " + ex.getMessage());
		}
	}

	/** The 503 for a 4xx answer the caller has no meaning for. */
	public DependencyUnavailableException refused(HttpStatusCode status) {
		return unavailable(this.service + " refused the request: " + status);
	}

	/**
	 * The 503 of this service, for a failed call or an answer that lacks what the caller
	 * needs.
	 */
	public DependencyUnavailableException unavailable(String detail) {
		return (DependencyUnavailableException) new DependencyUnavailableException(this.unavailableType, detail)
			.with("dependency", this.service);
	}

	/**
	 * What a 4xx answer means to one call.
	 *
	 * @param <T> what the call answers
	 */
	@FunctionalInterface
	public interface ClientError<T> {

		/**
		 * The answer instead of the refused one, or a thrown problem
		 * ({@link DependencyCalls#refused} for a 503).
		 */
		T answer(HttpStatusCode status);

	}

}
