package org.shuangsuiji.platform.web.problem;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.shuangsuiji.platform.problem.InvalidInputException;
import org.shuangsuiji.platform.problem.ProblemException;
import org.shuangsuiji.platform.web.problem.BodyValidator.InvalidBodyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.exc.StreamReadException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure a controller can raise into RFC 9457 problem+json with a stable
 * {@code type}. Bad input is a 4xx naming the field; only a bug is a 500, and its body
 * never carries a stack trace.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 10)
public class ProblemHandling extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);

	@ExceptionHandler(ProblemException.class)
	ResponseEntity<ProblemDetail> domainProblem(ProblemException ex) {
		ProblemDetail problem = Problems.of(HttpStatusCode.valueOf(ex.status()), ex.type(), ex.title(), ex.detail());
		ex.properties().forEach(problem::setProperty);
		if (ex instanceof InvalidInputException invalid) {
			problem.setProperty("errors",
					invalid.errors()
						.stream()
						.map((error) -> Map.of("field", error.field(), "message", error.message()))
						.toList());
		}
		return ResponseEntity.status(ex.status()).body(problem);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> staleVersion(OptimisticLockingFailureException ex) {
		return answer(HttpStatus.CONFLICT, "stale-version", "Changed by someone else",
				"the record was changed since it was read; read it again and retry");
	}

	/**
	 * The database down or not answering: 503, so that clients and the gateway retry
	 * later, as for any other dependency. Nothing was written.
	 */
	@ExceptionHandler(DataAccessResourceFailureException.class)
	ResponseEntity<ProblemDetail> databaseUnavailable(DataAccessResourceFailureException ex) {
		log.warn("database unavailable: {}", ex.getMessage());
		return answer(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable", "Database unavailable",
				"the service's database cannot be reached; nothing was changed, try again later");
	}

	@ExceptionHandler(DuplicateKeyException.class)
	ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException ex) {
		return answer(HttpStatus.CONFLICT, "duplicate", "Already exists",
				"a record with the same unique key already exists");
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException ex) {
		List<Map<String, String>> errors = ex.getConstraintViolations()
			.stream()
			.map((v) -> Map.of("field", v.getPropertyPath().toString(), "message", v.getMessage()))
			.toList();
		return ResponseEntity.badRequest().body(validation(errors));
	}

	/**
	 * A request parameter that a service's {@code Converter} refused answers with the
	 * problem the converter threw (say 422 {@code region-unknown}), as a use case's
	 * would; any other unreadable value is a 400 naming the parameter.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof ProblemException problem) {
				return domainProblem(problem);
			}
		}
		String message = "cannot read '" + ex.getValue() + "'";
		return ResponseEntity.badRequest().body(validation(List.of(Map.of("field", ex.getName(), "message", message))));
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<ProblemDetail> illegalArgument(IllegalArgumentException ex) {
		// Value objects (RegionCode, CreditCode …) refuse malformed input with this
		// exception.
		return answer(HttpStatus.BAD_REQUEST, "invalid-value", "Invalid value", ex.getMessage());
	}

	/**
	 * A file endpoint reached by a body that is not multipart (a form, JSON) is a 415; a
	 * multipart body that cannot be parsed (no boundary, truncated) is a 400. Spring
	 * leaves both as a bare {@link MultipartException}, which would otherwise be a 500.
	 */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<ProblemDetail> unreadableMultipart(MultipartException ex, HttpServletRequest request) {
		String contentType = request.getContentType();
		if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
			return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type",
					"this endpoint takes multipart/form-data, not "
							+ ((contentType != null) ? contentType : "no body"));
		}
		return answer(HttpStatus.BAD_REQUEST, "malformed-multipart", "Malformed multipart body",
				"the multipart/form-data body cannot be read (missing boundary or truncated)");
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException ex) {
		return answer(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "the caller's roles do not allow this request");
	}

	@ExceptionHandler(AuthenticationException.class)
	ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException ex) {
		return answer(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", "a valid bearer token is needed");
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		log.error("Unhandled exception", ex);
		return answer(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
				"an unexpected error occurred; it has been logged");
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest().body(validation(errors(ex.getBindingResult())));
	}

	/** A body checked after the door: the same answer as {@code @Valid}'s. */
	@ExceptionHandler(InvalidBodyException.class)
	ResponseEntity<ProblemDetail> invalidBody(InvalidBodyException ex) {
		return ResponseEntity.badRequest().body(validation(errors(ex.result())));
	}

	private static List<Map<String, String>> errors(BindingResult result) {
		return result.getAllErrors()
			.stream()
			.map((error) -> Map.of("field",
					(error instanceof FieldError field) ? field.getField() : error.getObjectName(), "message",
					String.valueOf(error.getDefaultMessage())))
			.toList();
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap((result) -> result.getResolvableErrors()
				.stream()
				.map((error) -> Map.of("field", String.valueOf(result.getMethodParameter().getParameterName()),
						"message", String.valueOf(error.getDefaultMessage()))))
			.toList();
		return ResponseEntity.badRequest().body(validation(errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String detail = "the request body is not valid JSON for this endpoint";
		Throwable cause = ex.getMostSpecificCause();
		if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
			detail = cause.getMessage();
		}
		else if (cause instanceof StreamReadException read && read.getOriginalMessage() != null
				&& read.getOriginalMessage().startsWith("Duplicate")) {
			detail = read.getOriginalMessage() + " at " + read.getPathReference();
		}
		return ResponseEntity.badRequest()
			.body(Problems.of(HttpStatus.BAD_REQUEST, "malformed-body", "Malformed request body", detail));
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.body(Problems.of(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Payload too large",
					"the upload is larger than allowed"));
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		if (body instanceof ProblemDetail problem
				&& (problem.getType() == null || "about:blank".equals(String.valueOf(problem.getType())))) {
			problem.setType(Problems.type(Problems.slugForStatus(statusCode.value())));
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	private static ProblemDetail validation(List<Map<String, String>> errors) {
		String detail = errors.stream()
			.map((e) -> e.get("field") + ": " + e.get("message"))
			.reduce((a, b) -> a + "; " + b)
			.orElse("invalid request");
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation", "Invalid request", detail);
		problem.setProperty("errors", errors);
		return problem;
	}

	/** A problem+json answer of {@code status}. */
	private static ResponseEntity<ProblemDetail> answer(HttpStatus status, String type, String title, String detail) {
		return ResponseEntity.status(status).body(Problems.of(status, type, title, detail));
	}

}
