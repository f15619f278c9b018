package org.shuangsuiji.inspection.draw;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import java.nio.charset.StandardCharsets;

/**
 * The server's half of a {@code /2} draw's randomness (ADR 0405): 32 bytes drawn at
 * commitment, only their SHA-256 published then, the bytes themselves revealed with the
 * result. The operator cannot know what a seed will do without them; the server cannot
 * know the seed when it commits to them.
 *
 * @param hex the 32 bytes as 64 lowercase hex digits
 */
public record DrawSecret(String hex) {

	public DrawSecret {
		if (hex == null || !hex.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("a draw secret is 64 lowercase hex digits");
		}
	}

	public static DrawSecret generate(SecureRandom random) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return new DrawSecret(HexFormat.of().formatHex(bytes));
	}

	public byte[] bytes() {
		return HexFormat.of().parseHex(this.hex);
	}

	/**
	 * Lowercase hex SHA-256 of the 32 bytes: the {@code secretHash} committed in the
	 * inputs.
	 */
	public String hash() {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes()));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	/**
	 * The key of every stream of the draw: HMAC-SHA256(key = secret, message =
	 * UTF-8(seed)).
	 */
	public byte[] drawKey(String seed) {
		return hmac(bytes(), seed);
	}

	static byte[] hmac(byte[] key, String message) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("every Java runtime has HmacSHA256", ex);
		}
	}

	@Override
	public String toString() {
		return "DrawSecret[hidden]";
	}

}
