package org.shuangsuiji.platform.web.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.platform.security.jwt.PlatformJwt;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every servlet service is an OAuth2 resource server of its own: it verifies Keycloak's
 * signature, the audience and the region claim itself, whatever the gateway did before.
 */
@AutoConfiguration(before = { OAuth2ResourceServerAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(PlatformSecurityProperties.class)
@EnableWebSecurity
@EnableMethodSecurity
public class PlatformSecurityAutoConfiguration {

	/**
	 * The probes, and the actuator paths: those are served on the management port only
	 * ({@code management.server.port}, loopback by default); on the main port they are
	 * not mapped and answer 404.
	 */
	private static final List<String> ALWAYS_PUBLIC = List.of("/actuator/health/**", "/actuator/health",
			"/actuator/prometheus", "/actuator/info", "/livez", "/readyz", "/error");

	/** The API description: for a signed-in caller of any platform role. */
	private static final String[] API_DOCS = { "/v3/api-docs", "/v3/api-docs/**" };

	@Bean
	@ConditionalOnMissingBean
	JwtDecoder platformJwtDecoder(PlatformSecurityProperties properties) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder
			.withJwkSource(KeycloakKeys.of(properties.jwkSetUri(), properties.jwkSetRefresh()))
			.jwsAlgorithm(SignatureAlgorithm.RS256)
			.build();
		decoder.setJwtValidator(PlatformJwt.validator(properties.issuer(), properties.audience()));
		return decoder;
	}

	@Bean
	@ConditionalOnMissingBean(SecurityFilterChain.class)
	SecurityFilterChain platformSecurityFilterChain(HttpSecurity http, PlatformSecurityProperties properties)
			throws Exception {
		List<String> open = new ArrayList<>(ALWAYS_PUBLIC);
		open.addAll(properties.publicPaths());
		http.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests((requests) -> requests.requestMatchers(open.toArray(String[]::new))
				.permitAll()
				.requestMatchers(API_DOCS)
				.hasAnyRole(Arrays.stream(Role.values()).map(Role::realmRole).toArray(String[]::new))
				.anyRequest()
				.authenticated())
			.oauth2ResourceServer(
					(server) -> server.jwt((jwt) -> jwt.jwtAuthenticationConverter(PlatformJwt::authentication))
						.authenticationEntryPoint(ProblemAuthenticationHandlers.entryPoint())
						.accessDeniedHandler(ProblemAuthenticationHandlers.accessDenied()))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(ProblemAuthenticationHandlers.entryPoint())
						.accessDeniedHandler(ProblemAuthenticationHandlers.accessDenied()));
		return http.build();
	}

	@Bean
	WebMvcConfigurer callerArgumentResolverConfigurer() {
		return new WebMvcConfigurer() {
			@Override
			public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
				resolvers.add(new CallerArgumentResolver());
			}
		};
	}

}
