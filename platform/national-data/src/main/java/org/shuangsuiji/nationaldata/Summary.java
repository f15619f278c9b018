package org.shuangsuiji.nationaldata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run wrote, per kind: rows generated, in reach of the platform, written, refused,
 * time.
 */
final class Summary {

	static final class Kind {

		final String name;

		long generated;

		long inReach;

		long written;

		long unchanged;

		long refused;

		long calls;

		long nanos;

		final List<String> firstErrors = new ArrayList<>();

		Kind(String name) {
			this.name = name;
		}

		void refused(long rows, String error) {
			this.refused += rows;
			if (this.firstErrors.size() < 3) {
				this.firstErrors.add(error);
			}
		}

		/** Rows handled (written or found unchanged) per second of calls. */
		double perSecond() {
			return (this.nanos == 0) ? 0 : (this.written + this.unchanged) / (this.nanos / 1e9);
		}

	}

	private final Map<String, Kind> kinds = new LinkedHashMap<>();

	Kind kind(String name) {
		return this.kinds.computeIfAbsent(name, Kind::new);
	}

	String table(long totalNanos) {
		StringBuilder out = new StringBuilder();
		out.append(String.format("%-12s %10s %10s %10s %10s %8s %7s %9s %9s%n", "kind", "generated", "in reach",
				"written", "unchanged", "refused", "calls", "seconds", "rows/s"));
		for (Kind k : this.kinds.values()) {
			out.append(String.format("%-12s %10d %10d %10d %10d %8d %7d %9.1f %9.1f%n", k.name, k.generated, k.inReach,
					k.written, k.unchanged, k.refused, k.calls, k.nanos / 1e9, k.perSecond()));
		}
		out.append(String.format("total time %.1f s%n", totalNanos / 1e9));
		for (Kind k : this.kinds.values()) {
			k.firstErrors.forEach((e) -> out.append("  ").append(k.name).append(" refused: ").append(e).append('\n'));
		}
		return out.toString();
	}

}
