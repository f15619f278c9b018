package org.shuangsuiji.scoring.demo;

import java.util.List;

import org.shuangsuiji.platform.history.HistoryReader;
import org.shuangsuiji.platform.history.HistoryRefusals;

/**
 * What a run of the national history loader did.
 *
 * @param read lines read (blank lines not counted)
 * @param written official sheets written
 * @param skipped tasks whose submitted official sheet was already there
 * @param scheduled tasks not yet inspected ({@code SCHEDULED}): no sheet
 * @param refused each refused line, as "line N: reason"
 */
record HistorySummary(int read, int written, int skipped, int scheduled, List<String> refused) {

	HistorySummary {
		refused = List.copyOf(refused);
	}

	/** 0 when every line was loaded or skipped, 1 when one was refused. */
	int exitCode() {
		return HistoryRefusals.exitCode(this.refused);
	}

	/** The one summary line the loader logs. */
	String line() {
		String reasons = HistoryRefusals.brief(this.refused);
		return "national history (scoring): " + this.read + " lines read, " + this.written
				+ " official sheets written, " + this.skipped + " skipped as already there, " + this.scheduled
				+ " scheduled (no sheet yet), " + this.refused.size() + " refused" + reasons;
	}

	/** Counts as the loader goes. */
	static final class Tally {

		private int written;

		private int skipped;

		private int scheduled;

		void written() {
			this.written++;
		}

		void skipped() {
			this.skipped++;
		}

		void scheduled() {
			this.scheduled++;
		}

		HistorySummary summary(HistoryReader.Reading reading) {
			return new HistorySummary(reading.read(), this.written, this.skipped, this.scheduled, reading.refused());
		}

	}

}
