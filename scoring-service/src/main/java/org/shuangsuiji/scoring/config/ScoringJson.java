package org.shuangsuiji.scoring.config;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonFormat;
import tools.jackson.core.StreamReadFeature;
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

	// Decimals as strings: a stored 35.4 must come back as exactly 35.4, never through a
	// double.
	private static final JsonMapper STORAGE = configure(JsonMapper.builder())
		.withConfigOverride(BigDecimal.class,
				(override) -> override.setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING)))
		.build();

	private ScoringJson() {
	}

	public static JsonMapper mapper() {
		return MAPPER;
	}

	/**
	 * The mapper for values stored as documents: like {@link #mapper()}, decimals as
	 * strings.
	 */
	public static JsonMapper storage() {
		return STORAGE;
	}

	/** The settings every scoring mapper shares, also applied to Spring's mapper. */
	public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
		return builder.addModule(new ScoringJsonModule())
			.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			// A key given twice (the same item or rule) is an error, not "the last one
			// wins".
			.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			// An absent "expert" means false; a missing version is 0 and the validator
			// rejects it.
			.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
	}

}
