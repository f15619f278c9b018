package org.shuangsuiji.inspection.plan;

/**
 * How many agencies a plan draws from its pool. Whatever the rule, the sample is never
 * smaller than {@value #FLOOR_PERCENT} % of the pool (rounded up) and never larger than
 * the pool. All arithmetic is on integers so that a verifier in any language gets the
 * same count.
 */
public sealed interface Sampling permits Sampling.Rate, Sampling.Count, Sampling.All {

	/** The smallest share of the pool any plan inspects (双随机 floor). */
	int FLOOR_PERCENT = 5;

	/** {@code RATE}, {@code COUNT} or {@code ALL}. */
	String mode();

	/** The percent or the count, or {@code null} for {@link All}. */
	Integer value();

	/** What the rule asks for before the floor and the pool size are applied. */
	int requested(int poolSize);

	/** The number of agencies to draw from a pool of the given size. */
	default int sampleSize(int poolSize) {
		return Math.min(poolSize, Math.max(requested(poolSize), floor(poolSize)));
	}

	/** Whether the floor raised the sample above what the rule asked for. */
	default boolean floorApplied(int poolSize) {
		return floor(poolSize) > Math.min(poolSize, requested(poolSize));
	}

	/** {@code ceil(poolSize × 5 / 100)}. */
	static int floor(int poolSize) {
		return ceilPercent(poolSize, FLOOR_PERCENT);
	}

	static int ceilPercent(int poolSize, int percent) {
		return (int) ((poolSize * (long) percent + 99) / 100);
	}

	/**
	 * Reads the wire form. Throws {@link IllegalArgumentException} with a message naming
	 * what is wrong; callers turn it into a 400 naming the field.
	 */
	static Sampling of(String mode, Integer value) {
		if (mode == null) {
			throw new IllegalArgumentException("mode must be RATE, COUNT or ALL");
		}
		return switch (mode) {
			case "RATE" -> new Rate(required(value, "RATE"));
			case "COUNT" -> new Count(required(value, "COUNT"));
			case "ALL" -> new All();
			default -> throw new IllegalArgumentException("mode must be RATE, COUNT or ALL, got " + mode);
		};
	}

	private static int required(Integer value, String mode) {
		if (value == null) {
			throw new IllegalArgumentException(mode + " needs a value");
		}
		return value;
	}

	/** A percentage of the pool, rounded up; {@value #FLOOR_PERCENT} to 100. */
	record Rate(int percent) implements Sampling {

		public Rate {
			if (percent < FLOOR_PERCENT || percent > 100) {
				throw new IllegalArgumentException(
						"rate must be between " + FLOOR_PERCENT + " and 100 percent, got " + percent);
			}
		}

		@Override
		public String mode() {
			return "RATE";
		}

		@Override
		public Integer value() {
			return this.percent;
		}

		@Override
		public int requested(int poolSize) {
			return ceilPercent(poolSize, this.percent);
		}

	}

	/** A fixed number of agencies, raised to the floor when the pool is large. */
	record Count(int agencies) implements Sampling {

		public Count {
			if (agencies < 1) {
				throw new IllegalArgumentException("count must be at least 1, got " + agencies);
			}
		}

		@Override
		public String mode() {
			return "COUNT";
		}

		@Override
		public Integer value() {
			return this.agencies;
		}

		@Override
		public int requested(int poolSize) {
			return this.agencies;
		}

	}

	/** Every agency of the pool (新乡 2024: 抽查范围为全市司法鉴定机构). */
	record All() implements Sampling {

		@Override
		public String mode() {
			return "ALL";
		}

		@Override
		public Integer value() {
			return null;
		}

		@Override
		public int requested(int poolSize) {
			return poolSize;
		}

	}

}
