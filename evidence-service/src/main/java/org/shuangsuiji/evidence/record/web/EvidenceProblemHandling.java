package org.shuangsuiji.evidence.record.web;

import org.shuangsuiji.platform.web.problem.Problems;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Failures specific to this service that platform-web would otherwise render as 500: the
 * database being unreachable is a 503 like the object store being down.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class EvidenceProblemHandling {

	@ExceptionHandler(DataAccessResourceFailureException.class)
	ResponseEntity<ProblemDetail> databaseUnavailable(DataAccessResourceFailureException ex) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable",
					"A service this request needs is unavailable",
					"the evidence database is unavailable; nothing was recorded"));
	}

}
