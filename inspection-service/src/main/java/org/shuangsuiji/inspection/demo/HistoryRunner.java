package org.shuangsuiji.inspection.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

import org.shuangsuiji.platform.history.HistoryLine;
import org.shuangsuiji.platform.history.HistoryRefusals;

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
		List<String> lines;
		try {
			lines = Files.readAllLines(this.file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the national history " + this.file, ex);
		}
		int read = 0;
		int written = 0;
		int skipped = 0;
		List<String> refused = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).isBlank()) {
				continue;
			}
			read++;
			try {
				HistoryLine line = this.json.readValue(lines.get(i), HistoryLine.class);
				if (this.loader.load(line) == HistoryLoader.Result.WRITTEN) {
					written++;
				}
				else {
					skipped++;
				}
			}
			catch (JacksonException ex) {
				refused.add(HistoryRefusals.of(i + 1, "not a history line (" + ex.getOriginalMessage() + ")"));
			}
			catch (RuntimeException ex) {
				// a refusal (nothing written) or a failed write (a rerun completes it)
				refused.add(HistoryRefusals.of(i + 1, ex.getMessage()));
			}
		}
		return new Summary(read, written, skipped, refused);
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
