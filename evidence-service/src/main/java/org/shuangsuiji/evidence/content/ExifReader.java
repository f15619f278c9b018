package org.shuangsuiji.evidence.content;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import com.drew.imaging.ImageMetadataReader;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;

/**
 * Reads the capture time and GPS position from the head of a file. Best effort by design:
 * a file without EXIF, or with EXIF the reader cannot parse, simply has no capture
 * metadata; it is never refused for that.
 */
public final class ExifReader {

	private static final DateTimeFormatter EXIF_DATE_TIME = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss");

	private ExifReader() {
	}

	public static CaptureMetadata read(byte[] head, ContentType type) {
		if (type == ContentType.PDF || head.length == 0) {
			return CaptureMetadata.NONE;
		}
		Metadata metadata;
		try {
			metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(head), head.length);
		}
		catch (Exception ex) {
			// Unparsable or truncated metadata is common (the head is bounded); the file
			// stays valid.
			return CaptureMetadata.NONE;
		}
		return new CaptureMetadata(capturedAt(metadata), location(metadata));
	}

	private static String capturedAt(Metadata metadata) {
		ExifSubIFDDirectory sub = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
		if (sub != null && sub.containsTag(ExifDirectoryBase.TAG_DATETIME_ORIGINAL)) {
			return dateTime(sub.getString(ExifDirectoryBase.TAG_DATETIME_ORIGINAL),
					sub.getString(ExifDirectoryBase.TAG_TIME_ZONE_ORIGINAL));
		}
		ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
		if (ifd0 != null && ifd0.containsTag(ExifDirectoryBase.TAG_DATETIME)) {
			return dateTime(ifd0.getString(ExifDirectoryBase.TAG_DATETIME),
					ifd0.getString(ExifDirectoryBase.TAG_TIME_ZONE));
		}
		return null;
	}

	private static String dateTime(String value, String offset) {
		if (value == null) {
			return null;
		}
		try {
			LocalDateTime local = LocalDateTime.parse(value.trim(), EXIF_DATE_TIME);
			if (offset != null && !offset.isBlank()) {
				try {
					return OffsetDateTime.of(local, ZoneOffset.of(offset.trim())).toString();
				}
				catch (RuntimeException ex) {
					// A malformed offset does not spoil the time itself.
					return local.toString();
				}
			}
			return local.toString();
		}
		catch (DateTimeParseException ex) {
			// Cameras with an unset clock write "0000:00:00 00:00:00".
			return null;
		}
	}

	private static GeoPoint location(Metadata metadata) {
		GpsDirectory gps = metadata.getFirstDirectoryOfType(GpsDirectory.class);
		if (gps == null) {
			return null;
		}
		GeoLocation location = gps.getGeoLocation();
		if (location == null || location.isZero()) {
			return null;
		}
		try {
			return new GeoPoint(location.getLatitude(), location.getLongitude());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
