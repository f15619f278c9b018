package org.shuangsuiji.platform.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How every history loader walks the national history file ({@code history.jsonl}): line
 * by line in file order, blank lines passed over but kept in the numbering, each line's
 * text handed to the loader; a line the loader refuses is kept as "line N: reason" and
 * the next one goes on. What a loader writes and counts besides is its own.
 */
public final class HistoryReader {

	private HistoryReader() {
	}

	/** Loads one line from its text. */
	@FunctionalInterface
	public interface LineLoader {

		/**
		 * @throws RefusedLine when the line is not loaded, with the reason
		 */
		void load(String text);

	}

	/**
	 * A loader's word on a failure other than {@link RefusedLine}: the reason its line is
	 * refused for, or {@code null} when the failure ends the whole run.
	 */
	@FunctionalInterface
	public interface Refusals {

		/** Only {@link RefusedLine} refuses a line; anything else ends the run. */
		Refusals NONE = (failure) -> null;

		String reason(RuntimeException failure);

	}

	/**
	 * What a walk through the file saw.
	 *
	 * @param read lines read, blank lines not counted
	 * @param refused each refused line, as "line N: reason", in file order
	 */
	public record Reading(int read, List<String> refused) {

		public Reading {
			refused = List.copyOf(refused);
		}

	}

	/**
	 * Hands every non-blank line of the file to the loader.
	 * @throws UncheckedIOException when the file cannot be read
	 */
	public static Reading read(Path file, LineLoader loader, Refusals others) {
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the national history " + file, ex);
		}
		int read = 0;
		List<String> refused = new ArrayList<>();
		for (int number = 1; number <= lines.size(); number++) {
			String text = lines.get(number - 1);
			if (text.isBlank()) {
				continue;
			}
			read++;
			try {
				loader.load(text);
			}
			catch (RefusedLine ex) {
				refused.add(HistoryRefusals.of(number, ex.getMessage()));
			}
			catch (RuntimeException ex) {
				String reason = others.reason(ex);
				if (reason == null) {
					throw ex;
				}
				refused.add(HistoryRefusals.of(number, reason));
			}
		}
		return new Reading(read, refused);
	}

}
