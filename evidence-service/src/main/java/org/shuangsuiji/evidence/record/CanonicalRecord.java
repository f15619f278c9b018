package org.shuangsuiji.evidence.record;

import java.time.format.DateTimeFormatter;

import org.shuangsuiji.evidence.content.GeoPoint;
import org.shuangsuiji.evidence.content.Sha256;

/**
 * The one text form of a record that its hash covers (version
 * {@code evidence-record/v1}).
 * <p>
 * UTF-8 lines {@code name=value}, each ending in {@code \n}, in exactly this order: the
 * header line {@code evidence-record/v1}, then {@code id}, {@code inspectionId},
 * {@code taskId}, {@code checklistItem}, {@code kind}, {@code agencyId}, {@code region},
 * {@code uploaderId}, {@code uploaderName}, {@code objectKey}, {@code fileName},
 * {@code contentType}, {@code size}, {@code sha256}, {@code capturedAt},
 * {@code latitude}, {@code longitude}, {@code uploadedAt}, {@code sequence},
 * {@code previousHash}. A missing value is empty. In values {@code \} is written
 * {@code \\}, a line feed {@code \n} and a carriage return {@code \r}. Instants are
 * ISO-8601 UTC ({@code 2024-06-05T01:30:12.345Z}); coordinates are Java's shortest
 * decimal form of the double. The record hash is the lower-case hex SHA-256 of these
 * bytes, so {@code sha256sum} over the text reproduces it. Changing this form needs a new
 * version line.
 */
public final class CanonicalRecord {

	public static final String VERSION = "evidence-record/v1";

	private CanonicalRecord() {
	}

	public static String text(EvidenceRecord record) {
		StringBuilder text = new StringBuilder(1024).append(VERSION).append('\n');
		line(text, "id", record.id());
		line(text, "inspectionId", record.inspectionId());
		line(text, "taskId", record.taskId());
		line(text, "checklistItem", record.checklistItem());
		line(text, "kind", record.kind().name());
		line(text, "agencyId", record.agencyId());
		line(text, "region", record.region().value());
		line(text, "uploaderId", record.uploadedBy().userId());
		line(text, "uploaderName", record.uploadedBy().displayName());
		line(text, "objectKey", record.objectKey());
		line(text, "fileName", record.fileName());
		line(text, "contentType", record.contentType().mimeType());
		line(text, "size", Long.toString(record.size()));
		line(text, "sha256", record.sha256());
		line(text, "capturedAt", record.capture().capturedAt());
		GeoPoint place = record.capture().location();
		line(text, "latitude", (place != null) ? Double.toString(place.latitude()) : null);
		line(text, "longitude", (place != null) ? Double.toString(place.longitude()) : null);
		line(text, "uploadedAt", DateTimeFormatter.ISO_INSTANT.format(record.uploadedAt()));
		line(text, "sequence", Long.toString(record.sequence()));
		line(text, "previousHash", record.previousHash());
		return text.toString();
	}

	public static String hash(EvidenceRecord record) {
		return Sha256.of(text(record));
	}

	private static void line(StringBuilder text, String name, String value) {
		text.append(name).append('=');
		if (value != null) {
			for (int i = 0; i < value.length(); i++) {
				char c = value.charAt(i);
				switch (c) {
					case '\\' -> text.append("\\\\");
					case '\n' -> text.append("\\n");
					case '\r' -> text.append("\\r");
					default -> text.append(c);
				}
			}
		}
		text.append('\n');
	}

}
