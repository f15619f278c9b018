package org.shuangsuiji.platform.web.problem;

import java.net.URI;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds problem+json bodies with the platform's stable problem types. */
public final class Problems {

	/**
	 * Prefix of every problem type; a slug such as {@code credit-code-invalid} follows.
	 */
	public static final String TYPE_PREFIX = "urn:shuangsuiji:problem:";

	private Problems() {
	}

	public static URI type(String slug) {
		return URI.create(TYPE_PREFIX + slug);
	}

	public static ProblemDetail of(HttpStatusCode status, String slug, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type(slug));
		problem.setTitle(title);
		return problem;
	}

	/** The slug used when a problem has no more specific type than its status. */
	public static String slugForStatus(int status) {
		return switch (status) {
			case 400 -> "invalid-request";
			case 401 -> "unauthorized";
			case 403 -> "forbidden";
			case 404 -> "not-found";
			case 405 -> "method-not-allowed";
			case 406 -> "not-acceptable";
			case 409 -> "conflict";
			case 413 -> "payload-too-large";
			case 415 -> "unsupported-media-type";
			case 422 -> "rule-violated";
			case 503 -> "dependency-unavailable";
			default -> (status >= 500) ? "internal-error" : "client-error";
		};
	}

}
