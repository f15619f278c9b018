package org.shuangsuiji.platform.web.client;

import java.io.IOException;
import java.util.function.Predicate;

import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientException;

/**
 * Whether a call to another service failed in a way worth retrying and counting against
 * its circuit breaker: no answer (connection refused, time-out: a
 * {@link ResourceAccessException}), a 5xx answer, or an answer cut off while its body was
 * read (Spring reports that as a plain {@link RestClientException} whose cause is the
 * {@link IOException}, e.g. the read time-out of a service still warming up). A 4xx
 * answer is an answer, and a complete answer that cannot be parsed would read the same
 * again: neither is retried nor counted. Named in each service's {@code resilience4j}
 * settings ({@code retry-exception-predicate}, {@code record-failure-predicate}).
 */
public class DependencyFailure implements Predicate<Throwable> {

	@Override
	public boolean test(Throwable failure) {
		if (failure instanceof ResourceAccessException || failure instanceof HttpServerErrorException) {
			return true;
		}
		return failure instanceof RestClientException && causedByIo(failure);
	}

	private static boolean causedByIo(Throwable failure) {
		for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof IOException) {
				return true;
			}
		}
		return false;
	}

}
