package org.shuangsuiji.evidence.demo;

import java.util.List;

import org.shuangsuiji.platform.history.HistoryReader;
import org.shuangsuiji.platform.history.HistoryRefusals;

/**
 * What a run of the national history loader did.
 *
 * @param read lines read (blank lines not counted)
 * @param tasks inspections whose evidence was written (and closed)
 * @param records evidence records written
 * @param objects of those, the ones whose object went to the store
 * @param skipped inspections whose evidence was already closed
 * @param scheduled tasks not inspected yet: no evidence
 * @param refused each refused line, as "line N: reason"
 */
record HistorySummary(int read, int tasks, int records, int objects, int skipped, int scheduled, List<String> refused) {

	HistorySummary {
		refused = List.copyOf(refused);
	}

	/** 0 when every line was loaded or skipped, 1 when one was refused. */
	int exitCode() {
		return HistoryRefusals.exitCode(this.refused);
	}

	/** The one summary line the loader logs. */
	String line() {
		StringBuilder line = new StringBuilder("national history (evidence): ").append(this.read)
			.append(" lines read, ")
			.append(this.records)
			.append(" records written for ")
			.append(this.tasks)
			.append(" inspections (")
			.append(this.objects)
			.append(" with their objects), ")
			.append(this.skipped)
			.append(" skipped as already closed, ")
			.append(this.scheduled)
			.append(" scheduled (no evidence yet), ")
			.append(this.refused.size())
			.append(" refused")
			.append(HistoryRefusals.brief(this.refused));
		return line.toString();
	}

	/** Counts as the loader goes. */
	static final class Tally {

		private int tasks;

		private int records;

		private int objects;

		private int skipped;

		private int scheduled;

		void written(int records, int objects) {
			this.tasks++;
			this.records += records;
			this.objects += objects;
		}

		void skipped() {
			this.skipped++;
		}

		void scheduled() {
			this.scheduled++;
		}

		HistorySummary summary(HistoryReader.Reading reading) {
			return new HistorySummary(reading.read(), this.tasks, this.records, this.objects, this.skipped,
					this.scheduled, reading.refused());
		}

	}

}
