package org.shuangsuiji.gateway.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gateway.access.*}: which paths are open without a token and which realm roles
 * may use the others. Anything not listed is refused.
 *
 * @param publicPaths path patterns reachable anonymously (public reads, probes)
 * @param rules role rules, first match wins
 */
@ConfigurationProperties("gateway.access")
public record GatewayAccessProperties(List<String> publicPaths, List<Rule> rules) {

	public GatewayAccessProperties {
		publicPaths = (publicPaths != null) ? List.copyOf(publicPaths) : List.of();
		rules = (rules != null) ? List.copyOf(rules) : List.of();
	}

	/**
	 * @param paths path patterns
	 * @param methods HTTP methods the rule matches, every method when none is listed
	 * @param roles realm roles, any of which is enough
	 */
	public record Rule(List<String> paths, List<String> methods, List<String> roles) {

		public Rule {
			paths = (paths != null) ? List.copyOf(paths) : List.of();
			methods = (methods != null) ? List.copyOf(methods) : List.of();
			roles = (roles != null) ? List.copyOf(roles) : List.of();
			if (paths.isEmpty() || roles.isEmpty()) {
				throw new IllegalArgumentException("an access rule needs paths and roles");
			}
		}

	}

}
