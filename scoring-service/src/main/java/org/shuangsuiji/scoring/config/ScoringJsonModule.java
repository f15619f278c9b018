package org.shuangsuiji.scoring.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import tools.jackson.databind.module.SimpleModule;

import org.shuangsuiji.platform.region.RegionCode;

/**
 * Teaches Jackson the platform's value types without annotating the domain: a
 * {@link RegionCode} is its six digits as a JSON string.
 */
public class ScoringJsonModule extends SimpleModule {

	public ScoringJsonModule() {
		super("scoring-json");
		setMixInAnnotation(RegionCode.class, RegionCodeMixin.class);
	}

	abstract static class RegionCodeMixin {

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		static RegionCode of(String value) {
			return RegionCode.of(value);
		}

		@JsonValue
		abstract String value();

	}

}
