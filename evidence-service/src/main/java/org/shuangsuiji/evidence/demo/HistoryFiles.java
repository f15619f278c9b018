package org.shuangsuiji.evidence.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

import org.shuangsuiji.platform.history.HistoryLine;
import org.shuangsuiji.evidence.record.EvidenceKind;

/**
 * The evidence files of one historical inspection, decided by the task's seed: the gate
 * photo, the opening meeting, photos of the checking, and, when the agency signed, the
 * scan of the signed 事实确认单 last. Photos are small generated JPEGs whose EXIF says when
 * they were taken (Asia/Shanghai, +08:00); the scan a one-page PDF. The bytes are made
 * again identically from the seed, so a record kept without its object still names the
 * SHA-256 and size of exactly these bytes.
 */
final class HistoryFiles {

	private static final DateTimeFormatter EXIF_TIME = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss");

	private static final int WIDTH = 64;

	private static final int HEIGHT = 48;

	private HistoryFiles() {
	}

	/**
	 * The files of the inspection in the order the team kept them.
	 * @param count how many (the history line's {@code evidence})
	 * @param signed whether the last is the signed fact sheet's scan
	 */
	static List<HistoryFile> of(HistoryLine line, int count, boolean signed) {
		Random random = new Random(line.seed());
		LocalDateTime time = line.visitDay().atTime(line.visitStart()).plusSeconds(60 + random.nextInt(240));
		List<HistoryFile> files = new ArrayList<>(count);
		for (int index = 1; index <= count; index++) {
			boolean scan = signed && index == count;
			EvidenceKind kind = scan ? EvidenceKind.SIGNED_FACT_SHEET : (index == 1) ? EvidenceKind.GATE_PHOTO
					: (index == 2) ? EvidenceKind.MEETING_PHOTO : EvidenceKind.PROCESS_PHOTO;
			String name = kind.name().toLowerCase() + "-" + index + (scan ? ".pdf" : ".jpg");
			int uploader = scan ? 0 : random.nextInt(line.team().size());
			files.add(new HistoryFile(index, kind, name, time, time.plusMinutes(1 + random.nextInt(3)), uploader,
					random.nextLong()));
			time = time.plusMinutes(8 + random.nextInt(23)).plusSeconds(random.nextInt(60));
		}
		return files;
	}

	/**
	 * One evidence file.
	 *
	 * @param index its place among the inspection's files, from 1
	 * @param kind what it shows
	 * @param fileName the name the team's device gave it
	 * @param takenAt when the photo was taken or the scan made (Asia/Shanghai)
	 * @param uploadedAt when it was uploaded (Asia/Shanghai)
	 * @param uploader the index of the team member who uploaded it (the scan: the first
	 * inspector)
	 * @param seed what the generated picture looks like
	 */
	record HistoryFile(int index, EvidenceKind kind, String fileName, LocalDateTime takenAt, LocalDateTime uploadedAt,
			int uploader, long seed) {

		/** The file's bytes, the same at every call. */
		byte[] bytes() {
			return (this.kind == EvidenceKind.SIGNED_FACT_SHEET) ? pdf(this.takenAt) : jpeg(this.seed, this.takenAt);
		}

	}

	/** A small JPEG of one colour with an EXIF block saying when it was taken. */
	static byte[] jpeg(long seed, LocalDateTime takenAt) {
		Random random = new Random(seed);
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(random.nextInt(0x1000000)));
		graphics.fillRect(0, 0, WIDTH, HEIGHT);
		graphics.setColor(new Color(random.nextInt(0x1000000)));
		graphics.fillRect(random.nextInt(WIDTH / 2), random.nextInt(HEIGHT / 2), WIDTH / 2, HEIGHT / 2);
		graphics.dispose();
		ByteArrayOutputStream encoded = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "jpeg", encoded);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		byte[] plain = encoded.toByteArray();
		byte[] app1 = exifSegment(takenAt);
		ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length + app1.length);
		// right after SOI (FF D8), before the encoder's own segments
		out.write(plain, 0, 2);
		out.write(app1, 0, app1.length);
		out.write(plain, 2, plain.length - 2);
		return out.toByteArray();
	}

	/**
	 * An APP1 segment with a big-endian TIFF block: IFD0 pointing to an Exif IFD holding
	 * DateTimeOriginal (0x9003) and OffsetTimeOriginal (0x9011, "+08:00").
	 */
	private static byte[] exifSegment(LocalDateTime takenAt) {
		byte[] time = (EXIF_TIME.format(takenAt) + "\0").getBytes(StandardCharsets.US_ASCII);
		byte[] offset = "+08:00\0".getBytes(StandardCharsets.US_ASCII);
		int exifIfd = 8 + 18;
		int data = exifIfd + 30;
		ByteBuffer tiff = ByteBuffer.allocate(data + time.length + offset.length);
		tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
		tiff.putShort((short) 1);
		entry(tiff, 0x8769, 4, 1, exifIfd);
		tiff.putInt(0);
		tiff.putShort((short) 2);
		entry(tiff, 0x9003, 2, time.length, data);
		entry(tiff, 0x9011, 2, offset.length, data + time.length);
		tiff.putInt(0);
		tiff.put(time).put(offset);
		byte[] header = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
		int length = 2 + header.length + tiff.capacity();
		ByteBuffer segment = ByteBuffer.allocate(2 + length);
		segment.put((byte) 0xFF).put((byte) 0xE1).putShort((short) length).put(header).put(tiff.array());
		return segment.array();
	}

	private static void entry(ByteBuffer tiff, int tag, int type, int count, int value) {
		tiff.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
	}

	/** A one-page PDF standing for the scan of the signed fact sheet. */
	static byte[] pdf(LocalDateTime scannedAt) {
		return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
				+ "trailer<</Root 1 0 R>>\n% signed fact sheet scan (national history, fictional) " + scannedAt
				+ "\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

}
