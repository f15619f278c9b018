package org.shuangsuiji.platform.infra.keycloak;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class TokenResponsesTest {

	@Test
	void readsTheAccessTokenOfASuccessfulGrant() {
		String token = "eyJh." + "x".repeat(20_000) + ".sig";
		String body = "{\"access_token\" : \"" + token + "\",\"expires_in\":900,\"token_type\":\"Bearer\"}";

		assertThat(TokenResponses.accessToken(200, body)).isEqualTo(token);
	}

	@Test
	void reportsKeycloaksErrorAndDescription() {
		String body = "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid user credentials\"}";

		assertThatIllegalStateException().isThrownBy(() -> TokenResponses.accessToken(401, body))
			.withMessageContaining("invalid_grant: Invalid user credentials");
	}

	@Test
	void reportsTheStatusWhenTheBodyIsNotATokenResponse() {
		assertThatIllegalStateException().isThrownBy(() -> TokenResponses.accessToken(502, "Bad gateway"))
			.withMessageContaining("HTTP 502");
	}

	@Test
	void unescapesQuotesInsideValues() {
		assertThat(TokenResponses.stringField("{\"error_description\":\"say \\\"hi\\\"\"}", "error_description"))
			.contains("say \"hi\"");
	}

	@Test
	void encodesFormFields() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("username", "a b&c");
		form.put("password", "密码=1");

		assertThat(RunningKeycloak.formBody(form)).isEqualTo("username=a+b%26c&password=%E5%AF%86%E7%A0%81%3D1");
	}

}
