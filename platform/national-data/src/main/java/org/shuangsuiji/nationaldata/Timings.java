package org.shuangsuiji.nationaldata;

import java.util.Arrays;
import java.util.List;

/**
 * The measured times of one query, sorted: percentiles by nearest rank (the smallest
 * sample at or above the fraction asked), so p95 of 100 samples is the 95th and never an
 * interpolated time that was not measured.
 */
record Timings(long[] sortedNanos) {

	Timings {
		sortedNanos = sortedNanos.clone();
		Arrays.sort(sortedNanos);
	}

	static Timings of(List<Long> nanos) {
		return new Timings(nanos.stream().mapToLong(Long::longValue).toArray());
	}

	int count() {
		return this.sortedNanos.length;
	}

	/** The nearest-rank percentile, {@code fraction} in (0, 1]. */
	long percentileNanos(double fraction) {
		if (this.sortedNanos.length == 0) {
			throw new IllegalStateException("no samples");
		}
		if (!(fraction > 0 && fraction <= 1)) {
			throw new IllegalArgumentException("a percentile is a fraction in (0, 1]: " + fraction);
		}
		int rank = (int) Math.ceil(fraction * this.sortedNanos.length);
		return this.sortedNanos[Math.max(rank, 1) - 1];
	}

	long p50Nanos() {
		return percentileNanos(0.50);
	}

	long p95Nanos() {
		return percentileNanos(0.95);
	}

	long maxNanos() {
		return percentileNanos(1.0);
	}

}
