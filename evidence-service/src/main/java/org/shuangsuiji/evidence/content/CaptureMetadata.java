package org.shuangsuiji.evidence.content;

import java.util.Optional;

/**
 * When and where a photo or video was taken, as far as the file itself says (EXIF). Both
 * parts are optional: many files carry neither, and a camera's clock is only the camera's
 * word.
 *
 * @param capturedAt the EXIF original date-time in ISO-8601, with the offset when the
 * file records one ({@code 2024-06-05T09:30:12+08:00}), else local
 * ({@code 2024-06-05T09:30:12})
 * @param location the EXIF GPS position
 */
public record CaptureMetadata(String capturedAt, GeoPoint location) {

	public static final CaptureMetadata NONE = new CaptureMetadata(null, null);

	public Optional<String> captured() {
		return Optional.ofNullable(this.capturedAt);
	}

	public Optional<GeoPoint> place() {
		return Optional.ofNullable(this.location);
	}

}
