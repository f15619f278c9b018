package org.shuangsuiji.load;

import java.util.Arrays;

/** Latencies of one kind of request, in microseconds; percentiles by nearest rank. */
final class Latencies {

	private long[] values = new long[1024];

	private int size;

	synchronized void add(long micros) {
		if (this.size == this.values.length) {
			this.values = Arrays.copyOf(this.values, this.size * 2);
		}
		this.values[this.size++] = micros;
	}

	synchronized int count() {
		return this.size;
	}

	/**
	 * The value below which {@code percent} of the latencies fall, in ms; 0 when empty.
	 */
	synchronized double percentileMillis(double percent) {
		if (this.size == 0) {
			return 0;
		}
		long[] sorted = Arrays.copyOf(this.values, this.size);
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(percent / 100 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1000.0;
	}

}
