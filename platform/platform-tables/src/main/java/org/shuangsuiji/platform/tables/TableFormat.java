package org.shuangsuiji.platform.tables;

import java.util.Locale;
import java.util.Optional;

/** The file formats of tables: .xlsx workbooks and CSV files. */
public enum TableFormat {

	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"), CSV("text/csv", "csv");

	private final String mediaType;

	private final String extension;

	TableFormat(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	public String mediaType() {
		return this.mediaType;
	}

	public String extension() {
		return this.extension;
	}

	/** By file name extension, else by media type. */
	public static Optional<TableFormat> detect(String fileName, String mediaType) {
		String name = (fileName != null) ? fileName.toLowerCase(Locale.ROOT) : "";
		if (name.endsWith(".xlsx")) {
			return Optional.of(XLSX);
		}
		if (name.endsWith(".csv")) {
			return Optional.of(CSV);
		}
		if (mediaType != null) {
			String type = mediaType.toLowerCase(Locale.ROOT);
			if (type.startsWith(XLSX.mediaType)) {
				return Optional.of(XLSX);
			}
			if (type.startsWith("text/csv") || type.startsWith("application/csv")) {
				return Optional.of(CSV);
			}
		}
		return Optional.empty();
	}

	public static Optional<TableFormat> fromName(String text) {
		if (text == null) {
			return Optional.empty();
		}
		for (TableFormat format : values()) {
			if (format.extension.equalsIgnoreCase(text.trim())) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}

}
