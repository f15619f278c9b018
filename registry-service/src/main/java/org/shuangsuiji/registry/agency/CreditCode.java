package org.shuangsuiji.registry.agency;

import java.util.Optional;

import org.shuangsuiji.platform.creditcode.Gb32100;
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
	static final String CHARSET = Gb32100.CHARSET;

	static final int LENGTH = Gb32100.LENGTH;

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
	 * Why {@code value} is not a valid code, or empty when it is:
	 * {@link Gb32100#problemWith}.
	 */
	public static Optional<String> problemWith(String value) {
		return Gb32100.problemWith(value);
	}

	/**
	 * The check character for the first 17 characters: {@link Gb32100#checkCharacter}.
	 */
	public static char checkCharacter(String first17) {
		return Gb32100.checkCharacter(first17);
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
