package org.shuangsuiji.platform.web.problem;

import jakarta.validation.Validator;
import tools.jackson.core.StreamReadFeature;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/** Registers the problem+json advice and error controller in every servlet service. */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import({ ProblemHandling.class, ProblemErrorController.class })
public class ProblemAutoConfiguration {

	/**
	 * A body naming the same property twice ({@code {"item":"1","item":"2"}}) is refused
	 * instead of silently keeping the last value: an answer must mean one thing.
	 */
	/** Validates request bodies after the door with the validator MVC uses. */
	@Bean
	BodyValidator bodyValidator(Validator validator) {
		return new BodyValidator(new SpringValidatorAdapter(validator));
	}

	@Bean
	JsonMapperBuilderCustomizer duplicatePropertiesRefused() {
		return (builder) -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
	}

}
