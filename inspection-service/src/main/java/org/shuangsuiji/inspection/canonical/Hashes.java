package org.shuangsuiji.inspection.canonical;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/** SHA-256 over UTF-8 text, hex in lowercase. */
public final class Hashes {

	private Hashes() {
	}

	/** Lowercase hex SHA-256 of the UTF-8 bytes of {@code text}. */
	public static String sha256Hex(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

}
