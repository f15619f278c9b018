package org.shuangsuiji.gateway.security;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.netty.channel.ChannelOption;
import org.shuangsuiji.gateway.observability.AccessLogUser;
import org.shuangsuiji.platform.security.jwt.PlatformJwt;
import org.shuangsuiji.platform.security.jwt.ValidatedTokens;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Stateless bearer-token security. Public paths ignore any token sent along (an expired
 * token in the SPA must not break public reads); role rules come from
 * {@code gateway.access}; everything else is refused.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
public class GatewaySecurityConfiguration {

	/** Set by Spring Boot once the management server (MANAGEMENT_PORT) listens. */
	private static final String LOCAL_MANAGEMENT_PORT = "local.management.port";

	private static final int KEY_SET_CONNECT_TIMEOUT_MS = 2000;

	private static final Duration KEY_SET_RESPONSE_TIMEOUT = Duration.ofSeconds(3);

	/** Accepted tokens remembered: about one per active session, a few MB at most. */
	private static final int REMEMBERED_TOKENS = 10_000;

	/**
	 * The longest an accepted token is trusted without a new signature check (Keycloak's
	 * access tokens live 15 minutes in the project's realm): a signing key withdrawn from
	 * Keycloak still lets the tokens already checked through for at most this long.
	 */
	private static final Duration REMEMBERED_AT_MOST = Duration.ofMinutes(5);

	@Bean
	ReactiveJwtDecoder jwtDecoder(GatewaySecurityProperties properties,
			@Value("${gateway.token-cache.enabled:true}") boolean rememberTokens) {
		// First, so that a missing issuer stops the start with its own message.
		OAuth2TokenValidator<Jwt> validator = PlatformJwt.validator(properties.issuer(), properties.audience());
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(properties.effectiveJwkSetUri())
			.webClient(keySetClient())
			.build();
		decoder.setJwtValidator(validator);
		// Checking a token (parse, RSA signature, validators) was most of the gateway's
		// CPU per request under load (issue #13); the same token comes back for minutes.
		ReactiveJwtDecoder checking = new ReportingUnreachableKeys(decoder);
		return rememberTokens ? new RememberingValidTokens(checking,
				new ValidatedTokens(REMEMBERED_TOKENS, REMEMBERED_AT_MOST, Clock.systemUTC())) : checking;
	}

	/**
	 * Fetches Keycloak's keys (on the first token and on an unknown key id; fetched keys
	 * stay cached, so tokens keep working while Keycloak is away). Bounded, so a Keycloak
	 * that hangs costs a request a few seconds and a 503, never a hung connection.
	 */
	private static WebClient keySetClient() {
		HttpClient http = HttpClient.create()
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, KEY_SET_CONNECT_TIMEOUT_MS)
			.responseTimeout(KEY_SET_RESPONSE_TIMEOUT);
		return WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build();
	}

	@Bean
	SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ReactiveJwtDecoder jwtDecoder,
			GatewayAccessProperties access, Environment environment) {
		PathPatternsMatcher publicMatcher = new PathPatternsMatcher(access.publicPaths());
		FastBearerTokenConverter bearerToken = new FastBearerTokenConverter();
		// The same chain guards the management server: its actuator endpoints are open
		// there (loopback or cluster-internal), and only there.
		ServerWebExchangeMatcher actuatorOnManagementPort = actuatorOnManagementPort(environment);
		http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.requestCache((cache) -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.cors((cors) -> {
			})
			.authorizeExchange((exchanges) -> {
				exchanges.matchers(actuatorOnManagementPort).permitAll();
				if (!access.publicPaths().isEmpty()) {
					exchanges.matchers(publicMatcher).permitAll();
				}
				for (GatewayAccessProperties.Rule rule : access.rules()) {
					exchanges.matchers(matcher(rule)).hasAnyRole(rule.roles().toArray(String[]::new));
				}
				exchanges.anyExchange().denyAll();
			})
			.oauth2ResourceServer((server) -> server
				.jwt((jwt) -> jwt.jwtDecoder(jwtDecoder)
					.jwtAuthenticationConverter((token) -> Mono.just(PlatformJwt.authentication(token))))
				.bearerTokenConverter((exchange) -> publicMatcher.matches(exchange)
					.flatMap((match) -> match.isMatch() ? Mono.empty() : bearerToken.convert(exchange)))
				.authenticationEntryPoint(ProblemSecurityHandlers.entryPoint())
				.accessDeniedHandler(ProblemSecurityHandlers.accessDenied()))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(ProblemSecurityHandlers.entryPoint())
				.accessDeniedHandler(ProblemSecurityHandlers.accessDenied()))
			.addFilterAfter(new AccessLogUser(), SecurityWebFiltersOrder.AUTHENTICATION);
		return http.build();
	}

	/** The rule's paths, and its methods when it lists any. */
	private static ServerWebExchangeMatcher matcher(GatewayAccessProperties.Rule rule) {
		PathPatternsMatcher paths = new PathPatternsMatcher(rule.paths());
		if (rule.methods().isEmpty()) {
			return paths;
		}
		return (exchange) -> rule.methods().contains(exchange.getRequest().getMethod().name()) ? paths.matches(exchange)
				: ServerWebExchangeMatcher.MatchResult.notMatch();
	}

	private static ServerWebExchangeMatcher actuatorOnManagementPort(Environment environment) {
		PathPatternsMatcher actuator = new PathPatternsMatcher(List.of("/actuator/**"));
		return (exchange) -> {
			Integer managementPort = environment.getProperty(LOCAL_MANAGEMENT_PORT, Integer.class);
			InetSocketAddress local = exchange.getRequest().getLocalAddress();
			boolean onPort = managementPort != null && local != null && local.getPort() == managementPort;
			return (onPort && actuator.matches(exchange.getRequest().getPath().pathWithinApplication()))
					? ServerWebExchangeMatcher.MatchResult.match() : ServerWebExchangeMatcher.MatchResult.notMatch();
		};
	}

	/**
	 * No Spring Security observations, and none of their wrapping either: with
	 * observations only disabled (management.observations.enable), every filter of the
	 * chain was still wrapped per request in an observing decorator making no-op
	 * observations (issue #13). The request's own span and the routed call's span stay.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/** Spring Security's strict firewall, its header rules checked without a regex. */
	@Bean
	ServerWebExchangeFirewall serverWebExchangeFirewall() {
		return LoopCheckedFirewall.strict();
	}

	/** The SPA's origins may call the API with a bearer token (no cookies). */
	@Bean
	CorsConfigurationSource corsConfigurationSource(CorsProperties properties) {
		CorsConfiguration cors = new CorsConfiguration();
		cors.setAllowedOrigins(properties.allowedOrigins());
		cors.setAllowedMethods(List.of(HttpMethod.GET.name(), HttpMethod.HEAD.name(), HttpMethod.POST.name(),
				HttpMethod.PUT.name(), HttpMethod.PATCH.name(), HttpMethod.DELETE.name()));
		cors.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, HttpHeaders.ACCEPT,
				HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.IF_MATCH, HttpHeaders.IF_NONE_MATCH, "traceparent"));
		cors.setExposedHeaders(List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG, HttpHeaders.RETRY_AFTER,
				HttpHeaders.CONTENT_DISPOSITION));
		cors.setAllowCredentials(false);
		cors.setMaxAge(3600L);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/api/**", cors);
		return source;
	}

}
