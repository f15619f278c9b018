package org.shuangsuiji.nationaldata;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * What the benchmark prints and writes: when and where it ran, the data set as the
 * platform answered, and one row per budgeted read (p50, p95 and max in milliseconds, the
 * budget at p95 and the verdict).
 */
record BenchReport(Instant at, String machine, double loadAtStart, double loadAtEnd, String settings,
		List<String> dataSet, List<Measurement> measurements) {

	String text() {
		StringBuilder text = new StringBuilder();
		text.append("national-bench ").append(this.at.truncatedTo(ChronoUnit.SECONDS)).append('\n');
		text.append("machine: ").append(this.machine).append('\n');
		text.append(String.format(Locale.ROOT, "load average (1 min): %.2f at the start, %.2f at the end%n",
				this.loadAtStart, this.loadAtEnd));
		text.append(this.settings).append('\n');
		text.append("data set, as the platform answered:\n");
		this.dataSet.forEach((line) -> text.append("  ").append(line).append('\n'));
		text.append('\n');
		text.append("| read | request | account | n | p50 ms | p95 ms | max ms | not 2xx | budget p95 | verdict |\n");
		text.append("|---|---|---|---|---|---|---|---|---|---|\n");
		for (Measurement m : this.measurements) {
			Timings t = m.timings();
			boolean timed = t.count() > 0;
			text.append(String.format(Locale.ROOT, "| %s | %s | %s | %d | %s | %s | %s | %d | %d ms | %s |%n",
					m.query(), m.request(), m.account(), t.count(), timed ? millis(t.p50Nanos()) : "-",
					timed ? millis(t.p95Nanos()) : "-", timed ? millis(t.maxNanos()) : "-", m.failures(),
					m.budgetMillis(), m.verdict().label()));
		}
		this.measurements.stream()
			.filter((m) -> m.note() != null)
			.forEach((m) -> text.append("- ").append(m.query()).append(": ").append(m.note()).append('\n'));
		return text.toString();
	}

	static String millis(long nanos) {
		return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
	}

}
