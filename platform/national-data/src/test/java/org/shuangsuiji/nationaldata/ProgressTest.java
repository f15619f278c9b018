package org.shuangsuiji.nationaldata;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressTest {

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

	private final AtomicLong nanos = new AtomicLong();

	private final Progress progress = new Progress(new PrintStream(this.bytes, true, StandardCharsets.UTF_8), false,
			100, this.nanos::get);

	@Test
	void aLogGetsALineEveryTenthOfTheWay() {
		for (int i = 0; i < 100; i++) {
			this.progress.advance(1);
		}
		assertThat(lines()).hasSize(11).startsWith("[progress]   1.0% 0s ");
	}

	@Test
	void aSlowTenthStillShowsALineEveryHalfMinuteWithWhatItIsDoing() {
		this.progress.advance(1);
		this.progress.label("plan 410700 2019");
		this.nanos.addAndGet(29_000_000_000L);
		this.progress.advance(1);
		this.nanos.addAndGet(2_000_000_000L);
		this.progress.advance(1);
		assertThat(lines()).containsExactly("[progress]   1.0% 0s ", "[progress]   3.0% 31s plan 410700 2019");
	}

	private String[] lines() {
		return this.bytes.toString(StandardCharsets.UTF_8).lines().toArray(String[]::new);
	}

}
