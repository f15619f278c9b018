package org.shuangsuiji.platform.infra.keycloak;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a compact JWT's payload (no signature check: Keycloak just issued it). */
final class Jwts {

	private static final JsonMapper json = JsonMapper.builder().build();

	private Jwts() {
	}

	static JsonNode payload(String token) {
		String[] parts = token.split("\\.");
		return json.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
	}

}
