package org.shuangsuiji.registry.config;

import java.util.List;
import java.util.Map;

import org.shuangsuiji.platform.problem.InvalidInputException;
import org.shuangsuiji.platform.problem.ProblemException;
import org.shuangsuiji.platform.web.problem.Problems;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A request parameter that a converter of {@link WebConversion} refused answers with the
 * problem the converter threw (say 422 {@code region-unknown}), as a use case's would,
 * not with a generic type mismatch.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConversionProblems {

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> refused(MethodArgumentTypeMismatchException ex) {
		ProblemException problem = problemIn(ex);
		if (problem == null) {
			return unreadable(ex);
		}
		ProblemDetail body = Problems.of(HttpStatusCode.valueOf(problem.status()), problem.type(), problem.title(),
				problem.detail());
		problem.properties().forEach(body::setProperty);
		if (problem instanceof InvalidInputException invalid) {
			body.setProperty("errors",
					invalid.errors()
						.stream()
						.map((error) -> Map.of("field", error.field(), "message", error.message()))
						.toList());
		}
		return ResponseEntity.status(problem.status()).body(body);
	}

	/** What the platform answers for any other value it cannot read. */
	private static ResponseEntity<ProblemDetail> unreadable(MethodArgumentTypeMismatchException ex) {
		String message = "cannot read '" + ex.getValue() + "'";
		ProblemDetail body = Problems.of(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
				ex.getName() + ": " + message);
		body.setProperty("errors", List.of(Map.of("field", ex.getName(), "message", message)));
		return ResponseEntity.badRequest().body(body);
	}

	private static ProblemException problemIn(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ProblemException problem) {
				return problem;
			}
		}
		return null;
	}

}
