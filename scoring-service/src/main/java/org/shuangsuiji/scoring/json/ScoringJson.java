package org.shuangsuiji.scoring.json;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A mapper for template files, outside Spring (startup loading, tests, benchmarks).
 * Strict about unknown properties: a misspelt key in a city's template is an error, not a
 * silently missing rule.
 */
public final class ScoringJson {

	private static final JsonMapper MAPPER = configure(JsonMapper.builder()).build();

	private ScoringJson() {
	}

	public static JsonMapper mapper() {
		return MAPPER;
	}

	/** The settings every scoring mapper shares, also applied to Spring's mapper. */
	public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
		return builder.addModule(new ScoringJsonModule())
			.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			// An absent "expert" means false; a missing version is 0 and the validator
			// rejects it.
			.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
	}

}
