package org.shuangsuiji.nationaldata;

/**
 * 统一社会信用代码 after GB 32100-2015: the 18th character is a check character modulo 31 over
 * the first 17. Written here rather than taken from registry-service, whose
 * {@code CreditCode} lives inside a service application; {@code CreditCodesTest} holds
 * this one to codes the registry accepts.
 */
public final class CreditCodes {

	/** The 31 characters, in the order of their numeric value (no I, O, Z, S, V). */
	static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private CreditCodes() {
	}

	/** The first 17 characters completed with their check character. */
	public static String complete(String first17) {
		return first17 + checkCharacter(first17);
	}

	public static char checkCharacter(String first17) {
		if (first17.length() != 17) {
			throw new IllegalArgumentException("need 17 characters, got " + first17.length());
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int value = CHARSET.indexOf(first17.charAt(i));
			if (value < 0) {
				throw new IllegalArgumentException("'" + first17.charAt(i) + "' is not a credit-code character");
			}
			sum += value * WEIGHTS[i];
		}
		int check = 31 - (sum % 31);
		return CHARSET.charAt((check == 31) ? 0 : check);
	}

	/**
	 * Eighteen characters of the charset, positions 3-8 digits, the check character
	 * right.
	 */
	public static boolean isValid(String code) {
		if (code == null || code.length() != 18) {
			return false;
		}
		for (int i = 0; i < 18; i++) {
			char c = code.charAt(i);
			if (CHARSET.indexOf(c) < 0 || (i >= 2 && i <= 7 && !Character.isDigit(c))) {
				return false;
			}
		}
		return code.charAt(17) == checkCharacter(code.substring(0, 17));
	}

}
