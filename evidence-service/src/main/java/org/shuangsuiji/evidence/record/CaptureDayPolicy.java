package org.shuangsuiji.evidence.record;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.shuangsuiji.evidence.content.CaptureMetadata;

/**
 * Photos of the inspection day (gate, meeting, process) are taken on the task's
 * {@code inspectionDate}, a date in China Standard Time. A capture time with an offset is
 * moved to Asia/Shanghai first; one without an offset is the camera's local time, taken
 * as Chinese local time. Other kinds, and tasks without a date, get no flag.
 */
public final class CaptureDayPolicy {

	public static final ZoneId INSPECTION_ZONE = ZoneId.of("Asia/Shanghai");

	private CaptureDayPolicy() {
	}

	public static List<EvidenceFlag> flags(EvidenceKind kind, CaptureMetadata capture, LocalDate inspectionDate) {
		if (!kind.photoOfTheDay() || inspectionDate == null) {
			return List.of();
		}
		LocalDate captured = captureDay(capture);
		if (captured == null) {
			return List.of(EvidenceFlag.CAPTURE_TIME_UNKNOWN);
		}
		return captured.equals(inspectionDate) ? List.of() : List.of(EvidenceFlag.CAPTURED_OFF_DAY);
	}

	/** The Asia/Shanghai date of the capture time, or null when there is none. */
	static LocalDate captureDay(CaptureMetadata capture) {
		String at = (capture != null) ? capture.capturedAt() : null;
		if (at == null || at.isBlank()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(at).atZoneSameInstant(INSPECTION_ZONE).toLocalDate();
		}
		catch (DateTimeParseException withoutOffset) {
			try {
				return LocalDateTime.parse(at).toLocalDate();
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}
	}

}
