package org.shuangsuiji.evidence.content;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The body of an upload on its way to the object store. It decides the type from the
 * first bytes before anything is stored, computes the SHA-256 and counts the bytes as
 * they pass, refuses to go past the size limit, and keeps only a bounded head of the file
 * (for EXIF), so memory does not grow with the file.
 */
public final class EvidenceStream extends InputStream {

	/** EXIF sits in the first segments of a JPEG and in the meta box of a HEIC. */
	public static final int DEFAULT_HEAD_CAPACITY = 256 * 1024;

	private final InputStream source;

	private final long limit;

	private final MessageDigest digest;

	private final byte[] sniffed;

	private final int sniffedLength;

	private int sniffedPosition;

	private final byte[] head;

	private int headLength;

	private long count;

	private boolean limitExceeded;

	private boolean sourceFailed;

	private boolean finished;

	private String sha256;

	/**
	 * Reads the first bytes of {@code source} at once so that {@link #contentType()} is
	 * known before the caller starts storing.
	 */
	public EvidenceStream(InputStream source, long limit, int headCapacity) throws IOException {
		this.source = source;
		this.limit = limit;
		this.digest = sha256Digest();
		this.head = new byte[headCapacity];
		this.sniffed = new byte[ContentSniffer.HEAD_LENGTH];
		int read = 0;
		while (read < this.sniffed.length) {
			int n = readSource(this.sniffed, read, this.sniffed.length - read);
			if (n < 0) {
				break;
			}
			read += n;
		}
		this.sniffedLength = read;
	}

	public EvidenceStream(InputStream source, long limit) throws IOException {
		this(source, limit, DEFAULT_HEAD_CAPACITY);
	}

	/**
	 * The type the first bytes show, or empty when the file is none of the accepted
	 * types.
	 */
	public Optional<ContentType> contentType() {
		return ContentSniffer.sniff(this.sniffed, this.sniffedLength);
	}

	/** Whether the file has no bytes at all. */
	public boolean isEmpty() {
		return this.sniffedLength == 0;
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		int n = read(one, 0, 1);
		return (n < 0) ? -1 : (one[0] & 0xFF);
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		int n;
		if (this.sniffedPosition < this.sniffedLength) {
			n = Math.min(length, this.sniffedLength - this.sniffedPosition);
			System.arraycopy(this.sniffed, this.sniffedPosition, buffer, offset, n);
			this.sniffedPosition += n;
		}
		else {
			n = readSource(buffer, offset, length);
			if (n < 0) {
				finish();
				return -1;
			}
		}
		this.count += n;
		if (this.count > this.limit) {
			this.limitExceeded = true;
			throw new SizeLimitExceededException(this.limit);
		}
		this.digest.update(buffer, offset, n);
		if (this.headLength < this.head.length) {
			int copy = Math.min(n, this.head.length - this.headLength);
			System.arraycopy(buffer, offset, this.head, this.headLength, copy);
			this.headLength += copy;
		}
		return n;
	}

	private int readSource(byte[] buffer, int offset, int length) throws IOException {
		try {
			return this.source.read(buffer, offset, length);
		}
		catch (IOException ex) {
			this.sourceFailed = true;
			throw ex;
		}
	}

	private void finish() {
		if (!this.finished) {
			this.finished = true;
			this.sha256 = HexFormat.of().formatHex(this.digest.digest());
		}
	}

	/**
	 * Whether the stream was refused for passing the limit (the upload must become a
	 * 413).
	 */
	public boolean limitExceeded() {
		return this.limitExceeded;
	}

	/** Whether reading the client's body failed (the client went away mid-upload). */
	public boolean sourceFailed() {
		return this.sourceFailed;
	}

	/** Whether the whole file has been read. */
	public boolean finished() {
		return this.finished;
	}

	/** The bytes read so far. */
	public long size() {
		return this.count;
	}

	/**
	 * The lower-case hex SHA-256 of the whole file; only after it has been read to the
	 * end.
	 */
	public String sha256() {
		if (!this.finished) {
			throw new IllegalStateException("the stream has not been read to the end");
		}
		return this.sha256;
	}

	/** The first bytes of the file, at most the head capacity. */
	public byte[] head() {
		return Arrays.copyOf(this.head, this.headLength);
	}

	@Override
	public void close() throws IOException {
		this.source.close();
	}

	static MessageDigest sha256Digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JVM has SHA-256", ex);
		}
	}

}
