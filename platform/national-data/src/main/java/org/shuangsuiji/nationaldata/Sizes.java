package org.shuangsuiji.nationaldata;

/**
 * How much to make. At scale 1.0 the national size of issue 15: about 3,000 agencies,
 * 40,000 appraisers, 8,000 pool members (three inspectors to one expert), ten plan years.
 */
public record Sizes(int agencies, int appraisers, int inspectors, int experts, int firstYear, int years) {

	static final int NATIONAL_AGENCIES = 3_000;

	static final int NATIONAL_APPRAISERS = 40_000;

	static final int NATIONAL_INSPECTORS = 6_000;

	static final int NATIONAL_EXPERTS = 2_000;

	/** Plans cover 2016 to 2025: the ten years before the platform went live. */
	static final int FIRST_YEAR = 2016;

	static final int YEARS = 10;

	public static Sizes at(double scale) {
		if (!(scale > 0) || scale > 100) {
			throw new IllegalArgumentException("scale must be above 0 and at most 100, got " + scale);
		}
		return new Sizes(atLeastOne(NATIONAL_AGENCIES * scale), atLeastOne(NATIONAL_APPRAISERS * scale),
				atLeastOne(NATIONAL_INSPECTORS * scale), atLeastOne(NATIONAL_EXPERTS * scale), FIRST_YEAR, YEARS);
	}

	private static int atLeastOne(double value) {
		return (int) Math.max(1, Math.round(value));
	}

}
