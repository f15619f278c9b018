package org.shuangsuiji.platform.web.problem;

import java.lang.reflect.Method;

import org.junit.jupiter.api.Test;
import org.shuangsuiji.platform.security.Caller;

import org.springframework.core.MethodParameter;
import org.springframework.validation.Validator;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which handler parameters the resolver answers: a {@link BodyValidator} and nothing
 * else, so that it never takes another resolver's place.
 */
class BodyValidatorArgumentResolverTests {

	private final BodyValidator bodies = new BodyValidator(new LocalValidatorFactoryBean());

	private final BodyValidatorArgumentResolver resolver = new BodyValidatorArgumentResolver(this.bodies);

	@Test
	void aBodyValidatorParameterIsGivenThePlatformsValidator() throws Exception {
		MethodParameter parameter = parameter("bodyValidator", BodyValidator.class);
		assertThat(this.resolver.supportsParameter(parameter)).isTrue();
		assertThat(this.resolver.resolveArgument(parameter, null, null, null)).isSameAs(this.bodies);
	}

	@Test
	void parametersOfOtherOrWiderTypesAreLeftToSpring() throws Exception {
		assertThat(this.resolver.supportsParameter(parameter("object", Object.class))).isFalse();
		assertThat(this.resolver.supportsParameter(parameter("springValidator", Validator.class))).isFalse();
		assertThat(this.resolver.supportsParameter(parameter("caller", Caller.class))).isFalse();
		assertThat(this.resolver.supportsParameter(parameter("subclass", StricterBodies.class))).isFalse();
	}

	private static MethodParameter parameter(String name, Class<?> type) throws NoSuchMethodException {
		Method method = Handlers.class.getDeclaredMethod(name, type);
		return new MethodParameter(method, 0);
	}

	/** A subtype the resolver cannot produce: it hands out exactly one validator. */
	static class StricterBodies extends BodyValidator {

		StricterBodies() {
			super(new LocalValidatorFactoryBean());
		}

	}

	/** Handler methods whose parameters the tests ask about. */
	@SuppressWarnings("unused")
	static class Handlers {

		void bodyValidator(BodyValidator bodies) {
		}

		void object(Object other) {
		}

		void springValidator(Validator validator) {
		}

		void caller(Caller caller) {
		}

		void subclass(StricterBodies bodies) {
		}

	}

}
