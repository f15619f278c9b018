package org.shuangsuiji.platform.web.security;

import org.shuangsuiji.platform.problem.OutOfScopeException;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.security.TokenClaims;

import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Lets a controller method take a {@link Caller} parameter, read from the verified token.
 */
public class CallerArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return Caller.class.equals(parameter.getParameterType());
	}

	@Override
	public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		return current();
	}

	/**
	 * The caller of the current request; 401 when the request carries no verified token,
	 * 403 for the ministry (it reads the dashboards only, as a {@code Supervisor}).
	 */
	public static Caller current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof JwtAuthenticationToken jwt) {
			if (TokenClaims.isMinistry(jwt.getToken().getClaims())) {
				throw new OutOfScopeException("the ministry reads the supervision dashboards and public pages only");
			}
			return TokenClaims.caller(jwt.getToken().getClaims())
				.orElseThrow(() -> new AuthenticationCredentialsNotFoundException("the token carries no region_code"));
		}
		throw new AuthenticationCredentialsNotFoundException("a valid bearer token is needed");
	}

}
