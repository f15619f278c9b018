package org.shuangsuiji.platform.security.jwt;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PlatformJwtTest {

	private static final String ISSUER = "http://localhost:8180/realms/shuangsuiji";

	private final OAuth2TokenValidator<Jwt> validator = PlatformJwt.validator(ISSUER, "shuangsuiji-api");

	@Test
	void acceptsAKeycloakTokenForTheApiWithARegion() {
		assertThat(this.validator.validate(token().build()).hasErrors()).isFalse();
	}

	@Test
	void refusesATokenFromAnotherIssuer() {
		assertThat(this.validator.validate(token().issuer("http://elsewhere/realms/x").build()).hasErrors()).isTrue();
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = "  ")
	void refusesToStartWithoutAnIssuer(String issuer) {
		assertThatIllegalArgumentException().isThrownBy(() -> PlatformJwt.validator(issuer, "shuangsuiji-api"))
			.withMessageContaining("platform.security.issuer is not set");
	}

	@Test
	void refusesATokenMeantForAnotherAudience() {
		assertThat(descriptions(token().audience(List.of("account")).build()))
			.anyMatch((text) -> text.contains("shuangsuiji-api"));
	}

	@Test
	void refusesATokenWithoutRegion() {
		assertThat(descriptions(token().claims((claims) -> claims.remove("region_code")).build()))
			.anyMatch((text) -> text.contains("region_code"));
	}

	@Test
	void refusesAnAgencyTokenWithoutItsAgency() {
		Jwt agency = token().claim("realm_access", Map.of("roles", List.of("agency"))).build();
		assertThat(descriptions(agency)).anyMatch((text) -> text.contains("agency_id"));
		assertThat(descriptions(
				token().claim("realm_access", Map.of("roles", List.of("agency"))).claim("agency_id", " ").build()))
			.anyMatch((text) -> text.contains("agency_id"));
	}

	@Test
	void acceptsAnAgencyTokenNamingItsAgencyAndOtherRolesWithout() {
		assertThat(this.validator
			.validate(
					token().claim("realm_access", Map.of("roles", List.of("agency"))).claim("agency_id", "a-1").build())
			.hasErrors()).isFalse();
		assertThat(this.validator.validate(token().claim("realm_access", Map.of("roles", List.of("city"))).build())
			.hasErrors()).isFalse();
	}

	@Test
	void refusesARegionThatIsNotAGbT2260Code() {
		assertThat(this.validator.validate(token().claim("region_code", "4107").build()).hasErrors()).isTrue();
	}

	@Test
	void acceptsTheMinistrysTokenWithTheNationalCodeAndNoOtherRole() {
		assertThat(this.validator
			.validate(token().claim("region_code", "000000")
				.claim("realm_access", Map.of("roles", List.of("ministry")))
				.build())
			.hasErrors()).isFalse();
	}

	@Test
	void refusesTheNationalCodeOnAnyOtherToken() {
		assertThat(this.validator.validate(token().claim("region_code", "000000").build()).hasErrors()).isTrue();
		assertThat(this.validator
			.validate(token().claim("region_code", "000000")
				.claim("realm_access", Map.of("roles", List.of("ministry", "province")))
				.build())
			.hasErrors()).isTrue();
	}

	@Test
	void refusesAnExpiredToken() {
		Jwt expired = token().issuedAt(Instant.now().minusSeconds(3600))
			.expiresAt(Instant.now().minusSeconds(600))
			.build();

		assertThat(this.validator.validate(expired).hasErrors()).isTrue();
	}

	@Test
	void realmRolesOfThePlatformBecomeRoleAuthorities() {
		Jwt jwt = token()
			.claim("realm_access",
					Map.of("roles", List.of("default-roles-shuangsuiji", "offline_access", "city", "expert")))
			.build();

		assertThat(PlatformJwt.authentication(jwt).getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.containsExactlyInAnyOrder("ROLE_city", "ROLE_expert");
	}

	@Test
	void tokenWithoutRealmAccessHasNoAuthorities() {
		assertThat(PlatformJwt.authentication(token().build()).getAuthorities()).isEmpty();
	}

	@Test
	void principalNameIsTheSubject() {
		assertThat(PlatformJwt.authentication(token().build()).getName()).isEqualTo("user-1");
	}

	private List<String> descriptions(Jwt jwt) {
		return this.validator.validate(jwt).getErrors().stream().map(OAuth2Error::getDescription).toList();
	}

	private static Jwt.Builder token() {
		return Jwt.withTokenValue("token")
			.header("alg", "RS256")
			.issuer(ISSUER)
			.subject("user-1")
			.audience(List.of("shuangsuiji-api", "account"))
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(900))
			.claim("region_code", "410700");
	}

}
