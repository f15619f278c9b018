package org.shuangsuiji.scoring.config;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code scoring.*}.
 *
 * @param templateLocations where template files are loaded from at startup (Spring
 * resource patterns); a city's template dropped into one of them needs no code change
 */
@ConfigurationProperties("scoring")
public record ScoringProperties(List<String> templateLocations) {

	public ScoringProperties {
		templateLocations = (templateLocations == null || templateLocations.isEmpty())
				? List.of("classpath*:templates/*.json") : List.copyOf(templateLocations);
	}

}
