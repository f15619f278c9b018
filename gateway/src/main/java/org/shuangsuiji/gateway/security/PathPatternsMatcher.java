package org.shuangsuiji.gateway.security;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.http.server.PathContainer;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * A request whose path (within the application) matches any of a few path patterns, as
 * Spring Security's {@code ServerWebExchangeMatchers.pathMatchers(...)} matches it (the
 * same parser, the same path; a test compares both). Spring's composite matcher writes a
 * debug message per pattern tried, and the commons-logging bridge formats each one even
 * when debug is off: about twenty formatted strings per request for the public paths and
 * the rules, 3 % of the gateway's CPU (issue #13).
 */
final class PathPatternsMatcher implements ServerWebExchangeMatcher {

	private static final PathPatternParser PARSER = new PathPatternParser();

	private static final Mono<MatchResult> MATCH = MatchResult.match();

	private static final Mono<MatchResult> NO_MATCH = MatchResult.notMatch();

	private final List<PathPattern> patterns;

	private final String description;

	PathPatternsMatcher(List<String> patterns) {
		this.patterns = patterns.stream().map(PARSER::parse).toList();
		this.description = "paths " + patterns;
	}

	@Override
	public Mono<MatchResult> matches(ServerWebExchange exchange) {
		return matches(exchange.getRequest().getPath().pathWithinApplication()) ? MATCH : NO_MATCH;
	}

	boolean matches(PathContainer path) {
		for (PathPattern pattern : this.patterns) {
			if (pattern.matches(path)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public String toString() {
		return this.description;
	}

}
