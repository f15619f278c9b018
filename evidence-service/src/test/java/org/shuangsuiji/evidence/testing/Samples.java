package org.shuangsuiji.evidence.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import javax.imageio.ImageIO;

/** Files as an inspector's phone or scanner would produce them, made on the fly. */
public final class Samples {

	private Samples() {
	}

	public static byte[] jpeg(int width, int height) {
		return image(width, height, "jpeg", BufferedImage.TYPE_INT_RGB);
	}

	public static byte[] png(int width, int height) {
		return image(width, height, "png", BufferedImage.TYPE_INT_ARGB);
	}

	/**
	 * A decompression bomb: a PNG of a few dozen bytes whose header declares
	 * {@code width} × {@code height} RGB pixels; decoding it would allocate them all.
	 */
	public static byte[] pngDeclaring(int width, int height) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
		ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height);
		header.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
		pngChunk(out, "IHDR", header.array());
		Deflater deflater = new Deflater();
		deflater.setInput(new byte[1024]);
		deflater.finish();
		byte[] compressed = new byte[64];
		int length = deflater.deflate(compressed);
		deflater.end();
		pngChunk(out, "IDAT", Arrays.copyOf(compressed, length));
		pngChunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	private static void pngChunk(ByteArrayOutputStream out, String type, byte[] data) {
		byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		out.writeBytes(typeBytes);
		out.writeBytes(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	private static byte[] image(int width, int height, String format, int type) {
		BufferedImage image = new BufferedImage(width, height, type);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(30, 90, 160));
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(Color.ORANGE);
		graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
		graphics.dispose();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * A JPEG whose EXIF says it was taken at {@code dateTime} ("yyyy:MM:dd HH:mm:ss")
	 * with {@code offset} ("+08:00"), at the given latitude (north) and longitude (east)
	 * in degrees, minutes and hundredths of seconds.
	 */
	public static byte[] jpegWithExif(String dateTime, String offset, int[] latitude, int[] longitude) {
		byte[] plain = jpeg(64, 48);
		byte[] tiff = exifTiff(dateTime, offset, latitude, longitude);
		byte[] exifHeader = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
		int segmentLength = 2 + exifHeader.length + tiff.length;
		ByteBuffer out = ByteBuffer.allocate(plain.length + 2 + segmentLength);
		out.put(plain, 0, 2); // SOI
		out.put((byte) 0xFF).put((byte) 0xE1).putShort((short) segmentLength).put(exifHeader).put(tiff);
		out.put(plain, 2, plain.length - 2);
		return out.array();
	}

	private static byte[] exifTiff(String dateTime, String offset, int[] latitude, int[] longitude) {
		ByteBuffer tiff = ByteBuffer.allocate(198); // big-endian, as "MM" says
		tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
		// IFD0 at 8: pointers to the Exif sub-IFD (38) and the GPS IFD (68).
		tiff.putShort((short) 2);
		entry(tiff, 0x8769, 4, 1, 38);
		entry(tiff, 0x8825, 4, 1, 68);
		tiff.putInt(0);
		// Exif sub-IFD at 38: DateTimeOriginal at 122, OffsetTimeOriginal at 142.
		tiff.putShort((short) 2);
		entry(tiff, 0x9003, 2, 20, 122);
		entry(tiff, 0x9011, 2, 7, 142);
		tiff.putInt(0);
		// GPS IFD at 68: refs inline, rationals at 150 and 174.
		tiff.putShort((short) 4);
		tiff.putShort((short) 1).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
		entry(tiff, 0x0002, 5, 3, 150);
		tiff.putShort((short) 3).putShort((short) 2).putInt(2).put((byte) 'E').put((byte) 0).putShort((short) 0);
		entry(tiff, 0x0004, 5, 3, 174);
		tiff.putInt(0);
		tiff.put(Arrays.copyOf(dateTime.getBytes(StandardCharsets.US_ASCII), 20));
		tiff.put(Arrays.copyOf(offset.getBytes(StandardCharsets.US_ASCII), 7));
		tiff.put((byte) 0);
		rationals(tiff, latitude);
		rationals(tiff, longitude);
		return tiff.array();
	}

	private static void entry(ByteBuffer tiff, int tag, int type, int count, int valueOrOffset) {
		tiff.putShort((short) tag).putShort((short) type).putInt(count).putInt(valueOrOffset);
	}

	private static void rationals(ByteBuffer tiff, int[] degreesMinutesCentiseconds) {
		tiff.putInt(degreesMinutesCentiseconds[0]).putInt(1);
		tiff.putInt(degreesMinutesCentiseconds[1]).putInt(1);
		tiff.putInt(degreesMinutesCentiseconds[2]).putInt(100);
	}

	public static byte[] pdf() {
		return "%PDF-1.7\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
			.getBytes(StandardCharsets.US_ASCII);
	}

	/** The start of an ISO base media file with the given major and compatible brands. */
	public static byte[] isoMedia(String major, String... compatible) {
		int size = 16 + 4 * compatible.length;
		ByteBuffer box = ByteBuffer.allocate(size + 16);
		box.putInt(size).put(ascii("ftyp")).put(ascii(major)).putInt(0);
		for (String brand : compatible) {
			box.put(ascii(brand));
		}
		box.putInt(16).put(ascii("free")).putLong(0);
		return box.array();
	}

	/** A Windows executable: what a renamed "photo.jpg" might really be. */
	public static byte[] executable() {
		byte[] bytes = new byte[256];
		bytes[0] = 'M';
		bytes[1] = 'Z';
		return bytes;
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

	/**
	 * {@code size} bytes that start like a JPEG and continue with pseudo-random data,
	 * generated while read: large uploads without a large array in the test.
	 */
	public static InputStream largeJpegLike(long size, long seed) {
		return new InputStream() {

			private final SplittableRandom random = new SplittableRandom(seed);

			private long position;

			@Override
			public int read() {
				byte[] one = new byte[1];
				return (read(one, 0, 1) < 0) ? -1 : one[0] & 0xFF;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) {
				if (this.position >= size) {
					return -1;
				}
				int n = (int) Math.min(length, size - this.position);
				for (int i = 0; i < n; i++) {
					long at = this.position + i;
					buffer[offset + i] = (at < 4) ? (byte) new int[] { 0xFF, 0xD8, 0xFF, 0xE0 }[(int) at]
							: (byte) this.random.nextInt(256);
				}
				this.position += n;
				return n;
			}
		};
	}

}
