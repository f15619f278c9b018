package org.shuangsuiji.inspection.draw;

import java.util.Arrays;

/**
 * The versions of the draw algorithm. Every new draw is {@link #V2}; records of
 * {@link #V1} keep verifying as they were made (docs/adr/0401, amended by 0405).
 */
public enum DrawAlgorithm {

	/**
	 * Stream keyed with the operator's seed; replacements with their own seeds; the pool
	 * published with names and 执法证号 (ADR 0401).
	 */
	V1("shuangsuiji-draw/1"),
	/**
	 * Stream keyed with HMAC(committed server secret, public seed); replacements on the
	 * draw key; the pool published under per-draw pseudonyms (ADR 0405).
	 */
	V2("shuangsuiji-draw/2");

	private final String label;

	DrawAlgorithm(String label) {
		this.label = label;
	}

	/** The name published in the record, e.g. {@code shuangsuiji-draw/2}. */
	public String label() {
		return this.label;
	}

	public static DrawAlgorithm of(String label) {
		return Arrays.stream(values())
			.filter((a) -> a.label.equals(label))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown draw algorithm " + label));
	}

}
