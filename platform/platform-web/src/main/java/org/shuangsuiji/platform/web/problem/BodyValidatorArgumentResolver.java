package org.shuangsuiji.platform.web.problem;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Lets a controller method take a {@link BodyValidator} parameter, as it takes a
 * {@code Caller}: the method checks its door and then validates its body, without a field
 * and constructor parameter in every controller that does so.
 */
public class BodyValidatorArgumentResolver implements HandlerMethodArgumentResolver {

	private final BodyValidator bodies;

	public BodyValidatorArgumentResolver(BodyValidator bodies) {
		this.bodies = bodies;
	}

	/**
	 * Only a parameter declared as {@code BodyValidator} itself: a wider type
	 * ({@code Object}, Spring's {@code Validator}) is left to Spring's own resolvers.
	 */
	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return BodyValidator.class.equals(parameter.getParameterType());
	}

	@Override
	public BodyValidator resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		return this.bodies;
	}

}
