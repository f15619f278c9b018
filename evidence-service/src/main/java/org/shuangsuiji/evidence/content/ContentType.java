package org.shuangsuiji.evidence.content;

import java.util.Arrays;
import java.util.Optional;

/**
 * The file types accepted as evidence. A type is only ever assigned by
 * {@link ContentSniffer} from the file's first bytes, never from a name or a header the
 * client sent.
 */
public enum ContentType {

	JPEG("image/jpeg", "jpg", true),

	PNG("image/png", "png", true),

	/**
	 * HEIC photos as phones take them (HEVC in an ISO base media file, ftyp brand heic…).
	 */
	HEIC("image/heic", "heic", false),

	/** Other HEIF images (ftyp brand mif1/msf1 without an HEVC brand). */
	HEIF("image/heif", "heif", false),

	WEBP("image/webp", "webp", false),

	TIFF("image/tiff", "tif", false),

	PDF("application/pdf", "pdf", false),

	MP4("video/mp4", "mp4", false),

	/** QuickTime movies (ftyp brand "qt "), as iPhones record them. */
	MOV("video/quicktime", "mov", false);

	private final String mimeType;

	private final String extension;

	private final boolean thumbnailable;

	ContentType(String mimeType, String extension, boolean thumbnailable) {
		this.mimeType = mimeType;
		this.extension = extension;
		this.thumbnailable = thumbnailable;
	}

	public String mimeType() {
		return this.mimeType;
	}

	/** The file name extension used in exports. */
	public String extension() {
		return this.extension;
	}

	/** Whether the JDK's ImageIO can decode it, so the service can render a thumbnail. */
	public boolean thumbnailable() {
		return this.thumbnailable;
	}

	public static Optional<ContentType> ofMimeType(String mimeType) {
		return Arrays.stream(values()).filter((type) -> type.mimeType.equals(mimeType)).findFirst();
	}

}
