package org.shuangsuiji.platform.time;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SettableClockTest {

	private static final Instant START = Instant.parse("2024-06-01T00:00:00Z");

	@Test
	void saysTheInstantItWasLastSetOrMovedTo() {
		SettableClock clock = new SettableClock(START);
		assertThat(clock.instant()).isEqualTo(START);
		clock.advance(Duration.ofHours(2));
		assertThat(clock.instant()).isEqualTo(START.plusSeconds(7200));
		clock.set(Instant.parse("2024-07-09T15:00:00Z"));
		assertThat(clock.instant()).isEqualTo(Instant.parse("2024-07-09T15:00:00Z"));
		assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
	}

	@Test
	void inAnotherZoneItIsFixedAtTheInstantOfTheCall() {
		SettableClock clock = new SettableClock(START);
		ZoneId shanghai = ZoneId.of("Asia/Shanghai");
		var there = clock.withZone(shanghai);
		clock.advance(Duration.ofDays(1));
		assertThat(there.instant()).isEqualTo(START);
		assertThat(there.getZone()).isEqualTo(shanghai);
	}

}
