package org.shuangsuiji.platform.web.problem;

import java.util.List;

import jakarta.validation.Validator;
import tools.jackson.core.StreamReadFeature;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Registers the problem+json advice and error controller in every servlet service, and
 * the {@link BodyValidator} controller argument.
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import({ ProblemHandling.class, ProblemErrorController.class })
public class ProblemAutoConfiguration {

	/**
	 * A {@link BodyValidator} for every controller method that asks for one, validating
	 * with the validator MVC uses.
	 */
	@Bean
	WebMvcConfigurer bodyValidatorArgumentResolverConfigurer(Validator validator) {
		BodyValidator bodies = new BodyValidator(new SpringValidatorAdapter(validator));
		return new WebMvcConfigurer() {
			@Override
			public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
				resolvers.add(new BodyValidatorArgumentResolver(bodies));
			}
		};
	}

	/**
	 * A body naming the same property twice ({@code {"item":"1","item":"2"}}) is refused
	 * instead of silently keeping the last value: an answer must mean one thing.
	 */
	@Bean
	JsonMapperBuilderCustomizer duplicatePropertiesRefused() {
		return (builder) -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
	}

}
