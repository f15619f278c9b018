package org.shuangsuiji.evidence.content;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.evidence.testing.Samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class EvidenceStreamTest {

	@Test
	void passesEveryByteThroughAndHashesThemOnTheWay() throws Exception {
		byte[] photo = Samples.jpeg(200, 100);
		EvidenceStream stream = new EvidenceStream(new ByteArrayInputStream(photo), 1_000_000);

		byte[] passed = stream.readAllBytes();

		assertThat(passed).isEqualTo(photo);
		assertThat(stream.contentType()).contains(ContentType.JPEG);
		assertThat(stream.size()).isEqualTo(photo.length);
		assertThat(stream.sha256())
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(photo)));
		assertThat(stream.finished()).isTrue();
	}

	@Test
	void knowsTheTypeBeforeAnythingIsRead() throws Exception {
		EvidenceStream stream = new EvidenceStream(new ByteArrayInputStream(Samples.executable()), 1_000_000);

		assertThat(stream.contentType()).isEmpty();
		assertThat(stream.size()).isZero();
	}

	@Test
	void readsTheHeadEvenFromAStreamThatDeliversOneByteAtATime() throws Exception {
		InputStream trickle = new ByteArrayInputStream(Samples.pdf()) {
			@Override
			public synchronized int read(byte[] b, int off, int len) {
				return super.read(b, off, Math.min(len, 1));
			}
		};

		assertThat(new EvidenceStream(trickle, 1000).contentType()).contains(ContentType.PDF);
	}

	@Test
	void stopsAtTheLimitWithoutReadingTheRest() throws Exception {
		CountingSource source = new CountingSource(Samples.largeJpegLike(10_000_000, 1));
		EvidenceStream stream = new EvidenceStream(source, 100_000);

		assertThatExceptionOfType(SizeLimitExceededException.class)
			.isThrownBy(() -> stream.transferTo(OutputStream.nullOutputStream()));
		assertThat(stream.limitExceeded()).isTrue();
		assertThat(source.read).isLessThan(200_000);
	}

	@Test
	void acceptsAFileOfExactlyTheLimit() throws Exception {
		EvidenceStream stream = new EvidenceStream(Samples.largeJpegLike(100_000, 1), 100_000);

		stream.transferTo(OutputStream.nullOutputStream());

		assertThat(stream.size()).isEqualTo(100_000);
		assertThat(stream.limitExceeded()).isFalse();
	}

	@Test
	void keepsOnlyABoundedHeadForExif() throws Exception {
		EvidenceStream stream = new EvidenceStream(Samples.largeJpegLike(1_000_000, 2), 2_000_000, 4096);

		stream.transferTo(OutputStream.nullOutputStream());

		assertThat(stream.head()).hasSize(4096).startsWith(0xFF, 0xD8, 0xFF, 0xE0);
	}

	@Test
	void remembersThatTheClientWentAway() throws Exception {
		InputStream broken = new InputStream() {
			private int calls;

			@Override
			public int read() throws IOException {
				throw new IOException("connection reset");
			}

			@Override
			public int read(byte[] b, int off, int len) throws IOException {
				if (this.calls++ == 0) {
					b[off] = '%';
					return 1;
				}
				throw new IOException("connection reset");
			}
		};

		assertThatExceptionOfType(IOException.class).isThrownBy(() -> new EvidenceStream(broken, 1000));
	}

	@Test
	void refusesToTellTheHashBeforeTheEnd() throws Exception {
		EvidenceStream stream = new EvidenceStream(new ByteArrayInputStream(Samples.pdf()), 1000);

		assertThatIllegalStateException().isThrownBy(stream::sha256);
	}

	@Test
	void seesAnEmptyFileAsEmpty() throws Exception {
		EvidenceStream stream = new EvidenceStream(InputStream.nullInputStream(), 1000);

		assertThat(stream.isEmpty()).isTrue();
		assertThat(stream.readAllBytes()).isEmpty();
		assertThat(stream.sha256()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	}

	private static final class CountingSource extends InputStream {

		private final InputStream delegate;

		private long read;

		CountingSource(InputStream delegate) {
			this.delegate = delegate;
		}

		@Override
		public int read() throws IOException {
			int b = this.delegate.read();
			if (b >= 0) {
				this.read++;
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = this.delegate.read(b, off, len);
			if (n > 0) {
				this.read += n;
			}
			return n;
		}

	}

}
