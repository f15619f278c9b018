package org.shuangsuiji.inspection.demo;

import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

import org.shuangsuiji.platform.history.HistoryLine;
import org.shuangsuiji.platform.history.HistoryReader;
import org.shuangsuiji.platform.history.HistoryRefusals;
import org.shuangsuiji.platform.history.RefusedLine;

/**
 * Loads the national history file line by line, synchronously, logs one summary line and
 * ends the process: exit code 0, or 1 when a line was refused (the contract of issue 15's
 * loaders). A line that fails is reported with its reason and the next one goes on.
 */
final class HistoryRunner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(HistoryRunner.class);

	private final Path file;

	private final HistoryLoader loader;

	private final JsonMapper json;

	private final IntConsumer exit;

	/**
	 * @param exit ends the application with the code (closing the context first)
	 */
	HistoryRunner(Path file, HistoryLoader loader, JsonMapper json, IntConsumer exit) {
		this.file = file;
		this.loader = loader;
		this.json = json;
		this.exit = exit;
	}

	@Override
	public void run(ApplicationArguments args) {
		Summary summary = load();
		log.info("national history {}: {}", this.file, summary);
		this.exit.accept(HistoryRefusals.exitCode(summary.refused()));
	}

	/** Loads every line of the file. */
	Summary load() {
		var counts = new Object() {
			int written;

			int skipped;

		};
		// any failure refuses its line: a refusal (nothing written) or a failed write (a
		// rerun completes it)
		HistoryReader.Reading reading = HistoryReader.read(this.file, (text) -> {
			if (this.loader.load(parse(text)) == HistoryLoader.Result.WRITTEN) {
				counts.written++;
			}
			else {
				counts.skipped++;
			}
		}, (failure) -> String.valueOf(failure.getMessage()));
		return new Summary(reading.read(), counts.written, counts.skipped, reading.refused());
	}

	private HistoryLine parse(String text) {
		try {
			return this.json.readValue(text, HistoryLine.class);
		}
		catch (JacksonException ex) {
			throw new RefusedLine("not a history line (" + ex.getOriginalMessage() + ")");
		}
	}

	/**
	 * What a run did.
	 *
	 * @param read lines read
	 * @param written tasks something was written for
	 * @param skipped tasks that had everything already
	 * @param refused the refused lines with their reasons
	 */
	record Summary(int read, int written, int skipped, List<String> refused) {

		Summary {
			refused = List.copyOf(refused);
		}

		@Override
		public String toString() {
			return this.read + " lines read, " + this.written + " tasks written, " + this.skipped
					+ " skipped as already there, " + this.refused.size() + " refused"
					+ (this.refused.isEmpty() ? "" : ": " + String.join("; ", this.refused));
		}

	}

}
