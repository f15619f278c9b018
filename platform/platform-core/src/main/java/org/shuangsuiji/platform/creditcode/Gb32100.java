package org.shuangsuiji.platform.creditcode;

import java.util.Optional;

/**
 * The rules of a 统一社会信用代码 after GB 32100-2015: 18 characters, the last one a check
 * character computed modulo 31 over the first 17. Shared so that registry-service's
 * {@code CreditCode} and the national data generator cannot disagree on which codes are
 * valid.
 * <p>
 * Positions: 1 登记管理部门代码, 2 机构类别代码, 3-8 登记管理机关行政区划码 (digits), 9-17 主体标识码, 18 校验码.
 */
public final class Gb32100 {

	/**
	 * The 31 characters (digits and capital letters without I, O, Z, S and V), in the
	 * order that gives each its numeric value.
	 */
	public static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	public static final int LENGTH = 18;

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private Gb32100() {
	}

	/**
	 * Why {@code value} is not a valid code, or empty when it is. The message names the
	 * position (1-based) at fault, or the check character the code should end with.
	 */
	public static Optional<String> problemWith(String value) {
		if (value == null || value.isEmpty()) {
			return Optional.of("统一社会信用代码 is required");
		}
		if (value.length() != LENGTH) {
			return Optional.of("统一社会信用代码 must have 18 characters, got " + value.length());
		}
		for (int i = 0; i < LENGTH; i++) {
			char c = value.charAt(i);
			if (CHARSET.indexOf(c) < 0) {
				return Optional.of("character '" + c + "' at position " + (i + 1)
						+ " is not allowed (digits and capital letters without I, O, Z, S, V)");
			}
			if (i >= 2 && i <= 7 && !Character.isDigit(c)) {
				return Optional.of("character '" + c + "' at position " + (i + 1)
						+ " must be a digit (positions 3-8 are the 行政区划码)");
			}
		}
		char expected = checkCharacter(value.substring(0, LENGTH - 1));
		if (value.charAt(LENGTH - 1) != expected) {
			return Optional
				.of("check character at position 18 should be " + expected + ", got " + value.charAt(LENGTH - 1));
		}
		return Optional.empty();
	}

	/**
	 * The check character for the first 17 characters:
	 * {@code 31 - (Σ value × weight mod 31)}, where 31 becomes 0.
	 * @throws IllegalArgumentException when there are not 17 characters or one is outside
	 * {@link #CHARSET}
	 */
	public static char checkCharacter(String first17) {
		if (first17.length() != LENGTH - 1) {
			throw new IllegalArgumentException("need the first 17 characters, got " + first17.length());
		}
		int sum = 0;
		for (int i = 0; i < LENGTH - 1; i++) {
			int v = CHARSET.indexOf(first17.charAt(i));
			if (v < 0) {
				throw new IllegalArgumentException("character '" + first17.charAt(i) + "' is not in GB 32100");
			}
			sum += v * WEIGHTS[i];
		}
		int check = 31 - (sum % 31);
		return CHARSET.charAt((check == 31) ? 0 : check);
	}

}
