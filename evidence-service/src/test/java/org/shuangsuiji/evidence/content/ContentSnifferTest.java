package org.shuangsuiji.evidence.content;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.evidence.testing.Samples;

import static org.assertj.core.api.Assertions.assertThat;

class ContentSnifferTest {

	private static Optional<ContentType> sniff(byte[] bytes) {
		return ContentSniffer.sniff(bytes, bytes.length);
	}

	@Test
	void recognisesPhotosByTheirMagicBytes() {
		assertThat(sniff(Samples.jpeg(8, 8))).contains(ContentType.JPEG);
		assertThat(sniff(Samples.png(8, 8))).contains(ContentType.PNG);
		assertThat(sniff(new byte[] { 'I', 'I', 0x2A, 0x00, 8, 0, 0, 0 })).contains(ContentType.TIFF);
		assertThat(sniff(new byte[] { 'M', 'M', 0x00, 0x2A, 0, 0, 0, 8 })).contains(ContentType.TIFF);
		assertThat(sniff("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1))).contains(ContentType.WEBP);
	}

	@Test
	void recognisesSignedScansAsPdf() {
		assertThat(sniff(Samples.pdf())).contains(ContentType.PDF);
	}

	@Test
	void tellsHeicPhotosFromOtherHeifAndFromVideosByFtypBrand() {
		assertThat(sniff(Samples.isoMedia("heic", "mif1", "heic"))).contains(ContentType.HEIC);
		assertThat(sniff(Samples.isoMedia("mif1", "mif1", "heic"))).contains(ContentType.HEIC);
		assertThat(sniff(Samples.isoMedia("mif1", "mif1"))).contains(ContentType.HEIF);
		assertThat(sniff(Samples.isoMedia("isom", "isom", "iso2", "avc1", "mp41"))).contains(ContentType.MP4);
		assertThat(sniff(Samples.isoMedia("qt  ", "qt  "))).contains(ContentType.MOV);
		assertThat(sniff(Samples.isoMedia("xxxx", "isom"))).contains(ContentType.MP4);
	}

	@Test
	void refusesWhatItDoesNotKnowWhateverTheNameSays() {
		assertThat(sniff(Samples.executable())).isEmpty();
		assertThat(sniff("<html><body>photo.jpg</body></html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(sniff(Samples.isoMedia("avif", "avif"))).isEmpty();
		assertThat(sniff(new byte[0])).isEmpty();
	}

	@Test
	void refusesAnFtypBoxWithAnImpossibleSize() {
		byte[] bytes = Samples.isoMedia("heic", "heic");
		bytes[3] = 7;
		assertThat(sniff(bytes)).isEmpty();
	}

	@Test
	void refusesATruncatedMagicNumber() {
		byte[] png = Samples.png(8, 8);
		assertThat(ContentSniffer.sniff(png, 5)).isEmpty();
		assertThat(ContentSniffer.sniff(new byte[] { (byte) 0xFF, (byte) 0xD8 }, 2)).isEmpty();
	}

}
