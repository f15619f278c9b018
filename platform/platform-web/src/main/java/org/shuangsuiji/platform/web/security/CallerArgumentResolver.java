package org.shuangsuiji.platform.web.security;

import java.util.Map;

import org.shuangsuiji.platform.problem.OutOfScopeException;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.security.Supervisor;
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
 * Lets a controller method take a {@link Caller} parameter, read from the verified token,
 * or (the supervision dashboards only) a {@link Supervisor}: the ministry over the
 * nation, or a bureau over its region.
 */
public class CallerArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return Caller.class.equals(parameter.getParameterType())
				|| Supervisor.class.equals(parameter.getParameterType());
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		return Supervisor.class.equals(parameter.getParameterType()) ? supervisor() : current();
	}

	/**
	 * The supervisor of the current request: the ministry, or a bureau (403 for any other
	 * caller); 401 for a ministry token that is not the ministry's alone.
	 */
	public static Supervisor supervisor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof JwtAuthenticationToken jwt) {
			Map<String, Object> claims = jwt.getToken().getClaims();
			if (TokenClaims.isMinistry(claims)) {
				return TokenClaims.ministry(claims)
					.orElseThrow(() -> new AuthenticationCredentialsNotFoundException(
							"a ministry token carries region_code 000000 and no other platform role"));
			}
		}
		return Supervisor.of(current());
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
