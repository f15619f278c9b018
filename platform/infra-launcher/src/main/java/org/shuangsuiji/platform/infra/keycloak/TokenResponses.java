package org.shuangsuiji.platform.infra.keycloak;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Keycloak's token endpoint answers without a JSON library: the values needed are
 * plain strings (a JWT is base64url and dots; error codes are ASCII words).
 */
final class TokenResponses {

	private TokenResponses() {
	}

	static String accessToken(int status, String body) {
		Optional<String> token = stringField(body, "access_token");
		if (status == 200 && token.isPresent()) {
			return token.get();
		}
		String error = stringField(body, "error").orElse("HTTP " + status);
		String description = stringField(body, "error_description").map((text) -> ": " + text).orElse("");
		throw new IllegalStateException("Keycloak refused the token request (" + error + description + ")");
	}

	static Optional<String> stringField(String json, String name) {
		Matcher matcher = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"((?:[^\"\\\\]++|\\\\.)*+)\"")
			.matcher(json);
		return matcher.find() ? Optional.of(matcher.group(1).replace("\\\"", "\"").replace("\\\\", "\\"))
				: Optional.empty();
	}

}
