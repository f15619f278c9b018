package org.shuangsuiji.platform.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HistoryReaderTest {

	@TempDir
	Path folder;

	@Test
	void everyNonBlankLineReachesTheLoaderInFileOrderAndBlankLinesKeepTheirNumber() throws IOException {
		Path file = write("a\n\n   \nb\nc\n");
		List<String> seen = new ArrayList<>();
		HistoryReader.Reading reading = HistoryReader.read(file, seen::add, HistoryReader.Refusals.NONE);
		assertThat(seen).containsExactly("a", "b", "c");
		assertThat(reading.read()).isEqualTo(3);
		assertThat(reading.refused()).isEmpty();
	}

	@Test
	void aRefusedLineIsKeptWithItsNumberAndReasonAndTheNextLineGoesOn() throws IOException {
		Path file = write("a\n\nbad\nc\n");
		List<String> loaded = new ArrayList<>();
		HistoryReader.Reading reading = HistoryReader.read(file, (text) -> {
			if (text.equals("bad")) {
				throw new RefusedLine("not a history line");
			}
			loaded.add(text);
		}, HistoryReader.Refusals.NONE);
		assertThat(loaded).containsExactly("a", "c");
		assertThat(reading.read()).isEqualTo(3);
		assertThat(reading.refused()).containsExactly("line 3: not a history line");
	}

	@Test
	void anotherFailureRefusesItsLineOnlyWhenTheLoaderNamesAReason() throws IOException {
		Path file = write("a\nb\n");
		HistoryReader.LineLoader failing = (text) -> {
			throw new IllegalStateException("store down at " + text);
		};
		HistoryReader.Reading reading = HistoryReader.read(file, failing, (ex) -> ex.getMessage() + " (rerun)");
		assertThat(reading.refused()).containsExactly("line 1: store down at a (rerun)",
				"line 2: store down at b (rerun)");
		assertThatThrownBy(() -> HistoryReader.read(file, failing, HistoryReader.Refusals.NONE))
			.isInstanceOf(IllegalStateException.class)
			.hasMessage("store down at a");
	}

	@Test
	void aFileThatCannotBeReadIsNamed() {
		Path missing = this.folder.resolve("missing.jsonl");
		assertThatThrownBy(() -> HistoryReader.read(missing, (text) -> {
		}, HistoryReader.Refusals.NONE)).isInstanceOf(UncheckedIOException.class).hasMessageContaining("missing.jsonl");
	}

	private Path write(String text) throws IOException {
		return Files.writeString(this.folder.resolve("history.jsonl"), text, StandardCharsets.UTF_8);
	}

}
