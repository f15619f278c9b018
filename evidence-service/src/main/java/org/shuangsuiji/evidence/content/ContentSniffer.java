package org.shuangsuiji.evidence.content;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Decides a file's type from its magic bytes. The file name and the client's Content-Type
 * are ignored on purpose: a renamed executable must not become a "photo".
 */
public final class ContentSniffer {

	/** How many leading bytes {@link #sniff(byte[], int)} needs to decide every type. */
	public static final int HEAD_LENGTH = 64;

	private static final Set<String> HEIC_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "hevm",
			"hevs");

	private static final Set<String> HEIF_BRANDS = Set.of("mif1", "msf1");

	private static final Set<String> MP4_BRANDS = Set.of("isom", "iso2", "iso3", "iso4", "iso5", "iso6", "mp41", "mp42",
			"mp71", "avc1", "dash", "M4V ", "M4A ", "f4v ", "3gp4", "3gp5", "3gp6", "3g2a", "MSNV", "XAVC");

	private static final String QUICKTIME_BRAND = "qt  ";

	private ContentSniffer() {
	}

	/**
	 * The type of a file starting with {@code head[0..length)}, or empty if it is none of
	 * the accepted types.
	 */
	public static Optional<ContentType> sniff(byte[] head, int length) {
		if (startsWith(head, length, 0xFF, 0xD8, 0xFF)) {
			return Optional.of(ContentType.JPEG);
		}
		if (startsWith(head, length, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of(ContentType.PNG);
		}
		if (startsWith(head, length, '%', 'P', 'D', 'F', '-')) {
			return Optional.of(ContentType.PDF);
		}
		if (startsWith(head, length, 'I', 'I', 0x2A, 0x00) || startsWith(head, length, 'M', 'M', 0x00, 0x2A)) {
			return Optional.of(ContentType.TIFF);
		}
		if (length >= 12 && ascii(head, 0, 4).equals("RIFF") && ascii(head, 8, 4).equals("WEBP")) {
			return Optional.of(ContentType.WEBP);
		}
		return isoBaseMedia(head, length);
	}

	/**
	 * ISO base media files (HEIC, HEIF, MP4, MOV) start with an {@code ftyp} box: a
	 * 4-byte size, "ftyp", the major brand, a minor version and compatible brands.
	 */
	private static Optional<ContentType> isoBaseMedia(byte[] head, int length) {
		if (length < 16 || !ascii(head, 4, 4).equals("ftyp")) {
			return Optional.empty();
		}
		long boxSize = ((head[0] & 0xFFL) << 24) | ((head[1] & 0xFFL) << 16) | ((head[2] & 0xFFL) << 8)
				| (head[3] & 0xFFL);
		if (boxSize < 16 || (boxSize - 16) % 4 != 0) {
			return Optional.empty();
		}
		String major = ascii(head, 8, 4);
		Optional<ContentType> byMajor = brand(major);
		if (byMajor.isPresent() && byMajor.get() != ContentType.HEIF) {
			return byMajor;
		}
		// A mif1 major brand with a heic compatible brand is a HEIC photo; look at what
		// fits.
		int end = (int) Math.min(boxSize, length);
		ContentType found = byMajor.orElse(null);
		for (int offset = 16; offset + 4 <= end; offset += 4) {
			Optional<ContentType> compatible = brand(ascii(head, offset, 4));
			if (compatible.isPresent()) {
				if (compatible.get() == ContentType.HEIC) {
					return compatible;
				}
				if (found == null) {
					found = compatible.get();
				}
			}
		}
		return Optional.ofNullable(found);
	}

	private static Optional<ContentType> brand(String brand) {
		if (HEIC_BRANDS.contains(brand)) {
			return Optional.of(ContentType.HEIC);
		}
		if (HEIF_BRANDS.contains(brand)) {
			return Optional.of(ContentType.HEIF);
		}
		if (QUICKTIME_BRAND.equals(brand)) {
			return Optional.of(ContentType.MOV);
		}
		if (MP4_BRANDS.contains(brand)) {
			return Optional.of(ContentType.MP4);
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] head, int length, int... magic) {
		if (length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((head[i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}

	private static String ascii(byte[] head, int offset, int count) {
		return new String(head, offset, count, StandardCharsets.ISO_8859_1);
	}

}
