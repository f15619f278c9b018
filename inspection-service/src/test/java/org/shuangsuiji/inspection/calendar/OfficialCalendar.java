package org.shuangsuiji.inspection.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The calendar file the service ships, read as the service reads it. */
final class OfficialCalendar {

	private OfficialCalendar() {
	}

	static WorkingDays load() {
		try (InputStream in = OfficialCalendar.class.getResourceAsStream("/calendar/cn-working-days.csv")) {
			return CalendarFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
