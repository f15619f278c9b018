package org.shuangsuiji.evidence.content;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.evidence.testing.Samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ExifReaderTest {

	@Test
	void readsCaptureTimeWithOffsetAndGpsPositionOfAPhoto() {
		byte[] photo = Samples.jpegWithExif("2024:06:05 09:30:12", "+08:00", new int[] { 35, 18, 972 },
				new int[] { 113, 55, 3600 });

		CaptureMetadata capture = ExifReader.read(photo, ContentType.JPEG);

		assertThat(capture.capturedAt()).isEqualTo("2024-06-05T09:30:12+08:00");
		assertThat(capture.location()).isNotNull();
		assertThat(capture.location().latitude()).isCloseTo(35.3027, within(1e-6));
		assertThat(capture.location().longitude()).isCloseTo(113.926667, within(1e-6));
	}

	@Test
	void leavesCaptureEmptyForAPhotoWithoutExif() {
		assertThat(ExifReader.read(Samples.jpeg(16, 16), ContentType.JPEG)).isEqualTo(CaptureMetadata.NONE);
	}

	@Test
	void neverFailsOnBytesItCannotParse() {
		byte[] truncated = new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0x7F, 0x7F, 'E', 'x' };

		assertThat(ExifReader.read(truncated, ContentType.JPEG)).isEqualTo(CaptureMetadata.NONE);
		assertThat(ExifReader.read(Samples.isoMedia("heic", "heic"), ContentType.HEIC)).isEqualTo(CaptureMetadata.NONE);
		assertThat(ExifReader.read(Samples.pdf(), ContentType.PDF)).isEqualTo(CaptureMetadata.NONE);
	}

}
