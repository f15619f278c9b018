package org.shuangsuiji.evidence.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * SHA-256 as lower-case hex, the form used in records, manifests and {@code sha256sum}.
 */
public final class Sha256 {

	/** The "previous hash" of the first record of a chain. */
	public static final String ZERO = "0".repeat(64);

	private Sha256() {
	}

	public static String of(String text) {
		return of(text.getBytes(StandardCharsets.UTF_8));
	}

	public static String of(byte[] bytes) {
		return HexFormat.of().formatHex(EvidenceStream.sha256Digest().digest(bytes));
	}

	/** Hashes a stream to its end without keeping it. */
	public static Digest of(InputStream stream) throws IOException {
		MessageDigest digest = EvidenceStream.sha256Digest();
		byte[] buffer = new byte[64 * 1024];
		long size = 0;
		int n;
		while ((n = stream.read(buffer)) >= 0) {
			digest.update(buffer, 0, n);
			size += n;
		}
		return new Digest(HexFormat.of().formatHex(digest.digest()), size);
	}

	public static boolean isHex(String value) {
		return value != null && value.matches("[0-9a-f]{64}");
	}

	/** A hash and the number of bytes it covers. */
	public record Digest(String sha256, long size) {
	}

}
