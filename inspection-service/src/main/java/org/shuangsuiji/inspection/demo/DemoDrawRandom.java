package org.shuangsuiji.inspection.demo;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;

/**
 * The fixed, public "randomness" of the local run's 新乡 2024 demo draw (ADR 0405, "The
 * local run's demo draw"), so that every local run draws the same {@code /2} teams, which
 * the demo accounts, the demo story and the browser tests are tied to. Block <i>n</i> of
 * 32 bytes is SHA-256(UTF-8(label + ":" + n)); the draw service takes the secret from
 * block 0 and the privacy salt from block 1. Known to anyone who reads this code, so a
 * draw made with it proves nothing: only the demo loader holds one, in a draw service of
 * its own that exists when {@code inspection.demo.enabled} is true; every draw through
 * the API uses the service's {@link SecureRandom}.
 */
final class DemoDrawRandom extends SecureRandom {

	private static final long serialVersionUID = 1L;

	private final String label;

	private int block;

	DemoDrawRandom(String label) {
		this.label = label;
	}

	/** Fills {@code bytes} from the next blocks; a block is never shared by two calls. */
	@Override
	public synchronized void nextBytes(byte[] bytes) {
		for (int offset = 0; offset < bytes.length; offset += 32) {
			byte[] next = sha256(this.label + ":" + this.block++);
			System.arraycopy(next, 0, bytes, offset, Math.min(32, bytes.length - offset));
		}
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

}
