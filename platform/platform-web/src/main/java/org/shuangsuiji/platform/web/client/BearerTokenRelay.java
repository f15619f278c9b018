package org.shuangsuiji.platform.web.client;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Forwards the current caller's bearer token on calls to another service, so that service
 * scopes the call by the same user, region and roles.
 */
public class BearerTokenRelay implements ClientHttpRequestInterceptor {

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		if (!request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)
				&& SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken jwt) {
			request.getHeaders().setBearerAuth(jwt.getToken().getTokenValue());
		}
		return execution.execute(request, body);
	}

}
