package org.shuangsuiji.registry.agency;

import java.util.Optional;

import org.shuangsuiji.platform.problem.InvalidInputException;

/**
 * A 统一社会信用代码 (unified social credit code) after GB 32100-2015: 18 characters, the last
 * one a check character computed modulo 31 over the first 17.
 * <p>
 * Positions: 1 登记管理部门代码, 2 机构类别代码, 3-8 登记管理机关行政区划码 (digits), 9-17 主体标识码, 18 校验码. The
 * character set is the digits and the capital letters without I, O, Z, S and V.
 */
public record CreditCode(String value) {

	/**
	 * The 31 characters of GB 32100-2015, in the order that gives each its numeric value.
	 */
	static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	static final int LENGTH = 18;

	public CreditCode {
		Optional<String> problem = problemWith(value);
		if (problem.isPresent()) {
			throw new IllegalArgumentException(problem.get());
		}
	}

	/**
	 * Reads a code typed by a person: trims and upper-cases, then checks. Throws
	 * {@link InvalidInputException} (400) naming {@code field} and saying which position
	 * is wrong.
	 */
	public static CreditCode parse(String text, String field) {
		String normalized = normalize(text);
		Optional<String> problem = problemWith(normalized);
		if (problem.isPresent()) {
			throw new InvalidInputException("credit-code-invalid", field, problem.get());
		}
		return new CreditCode(normalized);
	}

	/** Trims and upper-cases; {@code null} stays {@code null}. */
	public static String normalize(String text) {
		return (text != null) ? text.trim().toUpperCase(java.util.Locale.ROOT) : null;
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

	/** Completes 17 characters with their check character. */
	public static CreditCode withCheckCharacter(String first17) {
		return new CreditCode(first17 + checkCharacter(first17));
	}

	@Override
	public String toString() {
		return this.value;
	}

}
