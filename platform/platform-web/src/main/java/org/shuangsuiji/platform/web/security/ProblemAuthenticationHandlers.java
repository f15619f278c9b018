package org.shuangsuiji.platform.web.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;
import org.shuangsuiji.platform.web.problem.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** Security's 401 and 403 in the same problem+json shape as every other error. */
final class ProblemAuthenticationHandlers {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ProblemAuthenticationHandlers() {
	}

	static AuthenticationEntryPoint entryPoint() {
		return (request, response, ex) -> {
			String detail = "a valid bearer token is needed";
			if (ex != null && ex.getMessage() != null && request.getHeader("Authorization") != null) {
				detail = ex.getMessage();
			}
			response.setHeader("WWW-Authenticate", "Bearer");
			write(response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", detail));
		};
	}

	static AccessDeniedHandler accessDenied() {
		return (request, response, ex) -> write(response, Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
				"the caller's roles do not allow this request"));
	}

	private static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		JSON.writeValue(response.getOutputStream(), problem);
	}

}
