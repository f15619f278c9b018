package org.shuangsuiji.platform.web.security;

import java.util.Map;

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
 * Lets a dashboard method take a {@link Supervisor}: the ministry over the nation, or a
 * bureau over its region (403 for every other caller).
 */
public class SupervisorArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return Supervisor.class.equals(parameter.getParameterType());
	}

	@Override
	public Supervisor resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof JwtAuthenticationToken jwt) {
			Map<String, Object> claims = jwt.getToken().getClaims();
			if (TokenClaims.isMinistry(claims)) {
				return TokenClaims.ministry(claims)
					.orElseThrow(() -> new AuthenticationCredentialsNotFoundException(
							"a ministry token carries region_code 000000 and no other platform role"));
			}
		}
		return Supervisor.of(CallerArgumentResolver.current());
	}

}
