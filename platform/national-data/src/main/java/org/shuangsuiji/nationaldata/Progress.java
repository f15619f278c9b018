package org.shuangsuiji.nationaldata;

import java.io.PrintStream;
import java.util.function.LongSupplier;

/**
 * A progress bar on one terminal line ({@code \r}); when the output is not a terminal, a
 * line every tenth of the way and, where a tenth takes long (the plans and draws, few
 * rows of many calls each), at least one every {@link #HEARTBEAT_SECONDS} seconds.
 */
final class Progress {

	private static final int WIDTH = 40;

	static final long HEARTBEAT_SECONDS = 30;

	private final PrintStream out;

	private final boolean terminal;

	private final long total;

	private final LongSupplier nanos;

	private final long startedNanos;

	private long done;

	private String label = "";

	private int lastTenth = -1;

	private long lastLineSeconds;

	Progress(PrintStream out, boolean terminal, long total) {
		this(out, terminal, total, System::nanoTime);
	}

	Progress(PrintStream out, boolean terminal, long total, LongSupplier nanos) {
		this.out = out;
		this.terminal = terminal;
		this.total = Math.max(1, total);
		this.nanos = nanos;
		this.startedNanos = nanos.getAsLong();
	}

	void label(String label) {
		this.label = label;
		draw();
	}

	void advance(long units) {
		this.done += units;
		draw();
	}

	void finish() {
		this.done = this.total;
		draw();
		if (this.terminal) {
			this.out.println();
		}
	}

	private void draw() {
		double fraction = Math.min(1.0, (double) this.done / this.total);
		long seconds = (this.nanos.getAsLong() - this.startedNanos) / 1_000_000_000L;
		if (this.terminal) {
			int filled = (int) Math.round(fraction * WIDTH);
			this.out.printf("\r[%s%s] %5.1f%% %4ds %-40s", "#".repeat(filled), " ".repeat(WIDTH - filled),
					fraction * 100, seconds, this.label);
			this.out.flush();
		}
		else if ((int) (fraction * 10) != this.lastTenth || seconds - this.lastLineSeconds >= HEARTBEAT_SECONDS) {
			this.lastTenth = (int) (fraction * 10);
			this.lastLineSeconds = seconds;
			this.out.printf("[progress] %5.1f%% %ds %s%n", fraction * 100, seconds, this.label);
		}
	}

}
