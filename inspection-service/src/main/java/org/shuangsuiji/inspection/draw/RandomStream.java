package org.shuangsuiji.inspection.draw;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The only source of chance in a draw: HMAC-SHA256 in counter mode, keyed with the draw's
 * key and bound to the commitment. The key is UTF-8(seed) in {@code /1} and
 * HMAC-SHA256(secret, seed) in {@code /2} ({@link DrawSecret#drawKey(String)}).
 * <p>
 * Block {@code i} of the stream named {@code label} is
 * {@code HMAC-SHA256(key, message = UTF-8(commitment + ":" + label + ":" + i))},
 * {@code i} = 0, 1, 2 … in decimal. A block gives the number {@code x} made of its first
 * 8 bytes, big-endian, with the top bit cleared (0 ≤ x < 2^63). {@link #below(long)}
 * turns blocks into a uniform integer in [0, n) by rejection: with
 * {@code r = 2^63 mod n}, a block is used when {@code x < 2^63 − r} and gives
 * {@code x mod n}; otherwise the next block is taken. Everything is integer arithmetic,
 * so any language reproduces it bit for bit.
 */
public final class RandomStream {

	private final Mac mac;

	private final String prefix;

	private long counter;

	/** A {@code /1} stream: the key is the seed's UTF-8 bytes. */
	public RandomStream(String seed, String commitment, String label) {
		this(seed.getBytes(StandardCharsets.UTF_8), commitment, label);
	}

	public RandomStream(byte[] key, String commitment, String label) {
		try {
			this.mac = Mac.getInstance("HmacSHA256");
			this.mac.init(new SecretKeySpec(key, "HmacSHA256"));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("every Java runtime has HmacSHA256", ex);
		}
		this.prefix = commitment + ":" + label + ":";
	}

	/** The next block as a number in [0, 2^63). */
	long nextBlock() {
		byte[] block = this.mac.doFinal((this.prefix + this.counter++).getBytes(StandardCharsets.UTF_8));
		long x = 0;
		for (int i = 0; i < 8; i++) {
			x = (x << 8) | (block[i] & 0xFF);
		}
		return x & Long.MAX_VALUE;
	}

	/** A uniform integer in [0, n), n ≥ 1. */
	public long below(long n) {
		if (n < 1) {
			throw new IllegalArgumentException("n must be at least 1, got " + n);
		}
		long r = (Long.MAX_VALUE % n + 1) % n;
		while (true) {
			long x = nextBlock();
			if (x <= Long.MAX_VALUE - r) {
				return x % n;
			}
		}
	}

	/** How many blocks this stream has used, for tests of the rejection rule. */
	long blocksUsed() {
		return this.counter;
	}

}
