package org.shuangsuiji.gateway.problem;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;

/**
 * A problem+json body: {@code type} is {@code urn:shuangsuiji:problem:<slug>}, the same
 * types the services use.
 *
 * @param status the HTTP status
 * @param slug the stable part of the type, such as {@code dependency-unavailable}
 * @param title a short summary that does not change between occurrences
 * @param detail what happened this time
 */
public record Problem(HttpStatus status, String slug, String title, String detail) {

	/** Prefix of every problem type. */
	public static final String TYPE_PREFIX = "urn:shuangsuiji:problem:";

	public static Problem unauthorized(String detail) {
		return new Problem(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", detail);
	}

	public static Problem forbidden(String detail) {
		return new Problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail);
	}

	public static Problem dependencyUnavailable(String detail) {
		return new Problem(HttpStatus.SERVICE_UNAVAILABLE, "dependency-unavailable", "Service unavailable", detail);
	}

	public static Problem payloadTooLarge(String detail) {
		return new Problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Payload too large", detail);
	}

	public static Problem tooManyRequests(String detail) {
		return new Problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "Too many requests", detail);
	}

	public String type() {
		return TYPE_PREFIX + this.slug;
	}

	/**
	 * The JSON members in their usual order; {@code instance} is the request path and
	 * {@code traceId} links the answer to the access log and the traces.
	 */
	public Map<String, Object> body(String instance, @Nullable String traceId) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", type());
		body.put("title", this.title);
		body.put("status", this.status.value());
		body.put("detail", this.detail);
		body.put("instance", instance);
		if (traceId != null) {
			body.put("traceId", traceId);
		}
		return body;
	}

}
