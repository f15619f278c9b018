package org.shuangsuiji.nationaldata;

import java.io.PrintStream;

/**
 * A progress bar on one terminal line ({@code \r}); when the output is not a terminal, a
 * line every tenth of the way.
 */
final class Progress {

	private static final int WIDTH = 40;

	private final PrintStream out;

	private final boolean terminal;

	private final long total;

	private final long startedNanos = System.nanoTime();

	private long done;

	private String label = "";

	private int lastTenth = -1;

	Progress(PrintStream out, boolean terminal, long total) {
		this.out = out;
		this.terminal = terminal;
		this.total = Math.max(1, total);
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
		long seconds = (System.nanoTime() - this.startedNanos) / 1_000_000_000L;
		if (this.terminal) {
			int filled = (int) Math.round(fraction * WIDTH);
			this.out.printf("\r[%s%s] %5.1f%% %4ds %-40s", "#".repeat(filled), " ".repeat(WIDTH - filled),
					fraction * 100, seconds, this.label);
			this.out.flush();
		}
		else if ((int) (fraction * 10) != this.lastTenth) {
			this.lastTenth = (int) (fraction * 10);
			this.out.printf("[progress] %3d%% %ds %s%n", this.lastTenth * 10, seconds, this.label);
		}
	}

}
