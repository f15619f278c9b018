package org.shuangsuiji.nationaldata;

import org.shuangsuiji.platform.creditcode.Gb32100;

/**
 * 统一社会信用代码 after GB 32100-2015, through platform-core's {@link Gb32100}: the same rule
 * registry-service's {@code CreditCode} applies, so every generated code is one the
 * registry accepts.
 */
public final class CreditCodes {

	/** The 31 characters, in the order of their numeric value (no I, O, Z, S, V). */
	static final String CHARSET = Gb32100.CHARSET;

	private CreditCodes() {
	}

	/** The first 17 characters completed with their check character. */
	public static String complete(String first17) {
		return first17 + Gb32100.checkCharacter(first17);
	}

	/**
	 * Eighteen characters of the charset, positions 3-8 digits, the check character
	 * right.
	 */
	public static boolean isValid(String code) {
		return Gb32100.problemWith(code).isEmpty();
	}

}
