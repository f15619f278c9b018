package org.shuangsuiji.gateway.security;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

import static org.assertj.core.api.Assertions.assertThat;

class PathPatternsMatcherTest {

	/** The gateway's own patterns (application.yml) and a few shapes more. */
	private static final List<List<String>> PATTERN_SETS = List.of(
			List.of("/api/public/**", "/", "/index.html", "/favicon.svg", "/sw.js", "/assets/**", "/livez", "/readyz"),
			List.of("/api/registry/**", "/api/inspections/**", "/api/scoring/**", "/api/evidence/**"),
			List.of("/actuator/**"), List.of("/fallback/**", "/api/*/items/{n}", "/a/*/b"));

	private static final List<String> PATHS = List.of("/", "/index.html", "/index.html/", "/INDEX.html",
			"/api/public/registry/agencies", "/api/public", "/api/public/", "/api/publicx", "/api/registry",
			"/api/registry/", "/api/registry/agencies", "/api/registry/agencies/", "/api//registry/agencies",
			"/api/registry/regions/410700", "/api/registry/%2e%2e/x", "/api/inspections/tasks/1/items/3",
			"/api/scoring/sheets", "/api/evidence/files/a%20b", "/api/x/items/4", "/api/x/items/4/", "/assets/app.js",
			"/assets", "/livez", "/livez/", "/readyz", "/readyz/x", "/actuator", "/actuator/prometheus",
			"/fallback/registry-service", "/sw.js", "/favicon.svg", "/a/b", "/a/x/y/b", "/a/x/y/c", "/other",
			"/v3/api-docs", "/api/registry;x=1/agencies", "/api/registry/agencies;jsessionid=1");

	@Test
	void matchesExactlyTheRequestsSpringSecuritysPathMatchersMatch() {
		for (List<String> patterns : PATTERN_SETS) {
			PathPatternsMatcher ours = new PathPatternsMatcher(patterns);
			ServerWebExchangeMatcher spring = ServerWebExchangeMatchers.pathMatchers(patterns.toArray(String[]::new));
			for (String path : PATHS) {
				for (String query : List.of("", "?region=410700&page=0")) {
					MockServerWebExchange exchange = MockServerWebExchange
						.from(MockServerHttpRequest.get(path + query));
					assertThat(ours.matches(exchange).block().isMatch()).as(patterns + " " + path + query)
						.isEqualTo(spring.matches(exchange).block().isMatch());
				}
			}
		}
	}

	@Test
	void describesItselfByItsPatterns() {
		assertThat(new PathPatternsMatcher(List.of("/livez", "/readyz"))).hasToString("paths [/livez, /readyz]");
	}

}
