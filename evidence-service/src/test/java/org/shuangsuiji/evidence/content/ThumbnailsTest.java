package org.shuangsuiji.evidence.content;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.evidence.testing.Samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIOException;

class ThumbnailsTest {

	@Test
	void shrinksALargePhotoToAJpegWithinTheMaximumEdgeKeepingItsShape() throws IOException {
		byte[] thumbnail = Thumbnails.render(new ByteArrayInputStream(Samples.jpeg(2400, 1200)));

		BufferedImage image = ImageIO.read(new ByteArrayInputStream(thumbnail));
		assertThat(image.getWidth()).isEqualTo(Thumbnails.MAX_EDGE);
		assertThat(image.getHeight()).isEqualTo(Thumbnails.MAX_EDGE / 2);
		assertThat(ContentSniffer.sniff(thumbnail, thumbnail.length)).contains(ContentType.JPEG);
	}

	@Test
	void rendersATransparentPngOntoWhite() throws IOException {
		byte[] thumbnail = Thumbnails.render(new ByteArrayInputStream(Samples.png(100, 400)));

		BufferedImage image = ImageIO.read(new ByteArrayInputStream(thumbnail));
		assertThat(image.getHeight()).isEqualTo(320);
		assertThat(image.getWidth()).isEqualTo(80);
	}

	@Test
	void neverEnlargesASmallPhoto() throws IOException {
		byte[] thumbnail = Thumbnails.render(new ByteArrayInputStream(Samples.jpeg(40, 30)));

		assertThat(ImageIO.read(new ByteArrayInputStream(thumbnail)).getWidth()).isEqualTo(40);
	}

	@Test
	void refusesADecompressionBombFromItsHeaderWithoutDecodingIt() {
		byte[] bomb = Samples.pngDeclaring(100_000, 100_000);
		assertThat(bomb.length).isLessThan(200);
		long before = usedHeap();
		long started = System.nanoTime();

		assertThatExceptionOfType(TooManyPixelsException.class)
			.isThrownBy(() -> Thumbnails.render(new ByteArrayInputStream(bomb)))
			.satisfies((ex) -> assertThat(ex.limit()).isEqualTo(Thumbnails.MAX_PIXELS))
			.withMessageContaining("100000 × 100000");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
		// even one subsampled row of 10^10 pixels would not fit here
		assertThat(usedHeap() - before).isLessThan(64L * 1024 * 1024);
	}

	private static long usedHeap() {
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

	@Test
	void refusesBytesThatAreNotAnImage() {
		assertThatIOException().isThrownBy(() -> Thumbnails.render(new ByteArrayInputStream(Samples.pdf())));
	}

}
