package org.shuangsuiji.platform.web.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Renders errors that never reached a controller (the servlet container's own 4xx, a
 * request rejected by a filter) as problem+json instead of Boot's whitelabel JSON.
 */
@RestController
public class ProblemErrorController implements ErrorController {

	@RequestMapping("${server.error.path:/error}")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = (code instanceof Integer value) ? value : 500;
		HttpStatus httpStatus = HttpStatus.resolve(status);
		String title = (httpStatus != null) ? httpStatus.getReasonPhrase() : "Error";
		String detail = (status >= 500) ? "an unexpected error occurred; it has been logged" : title;
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problems.of(HttpStatus.valueOf(status), Problems.slugForStatus(status), title, detail));
	}

}
