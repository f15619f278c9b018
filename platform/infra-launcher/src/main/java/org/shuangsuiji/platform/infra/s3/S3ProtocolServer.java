package org.shuangsuiji.platform.infra.s3;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;

/**
 * A real S3 API server (S3Proxy) standing in for MinIO in tests and the local run.
 * Services reach it only through the MinIO Java SDK, as they reach MinIO in production.
 * See docs/adr/0002.
 */
public final class S3ProtocolServer implements AutoCloseable {

	private final S3Proxy proxy;

	private final String accessKey;

	private final String secretKey;

	private S3ProtocolServer(BlobStore store, int port, String accessKey, String secretKey) {
		this.accessKey = accessKey;
		this.secretKey = secretKey;
		this.proxy = S3Proxy.builder()
			.blobStore(store)
			.endpoint(URI.create("http://127.0.0.1:" + port))
			.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
			.build();
		try {
			this.proxy.start();
			long deadline = System.nanoTime() + 30_000_000_000L;
			while (!"STARTED".equals(this.proxy.getState())) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("S3Proxy did not start within 30 s: " + this.proxy.getState());
				}
				Thread.sleep(20);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while starting S3Proxy", ex);
		}
		catch (Exception ex) {
			throw new IllegalStateException("S3Proxy failed to start on port " + port, ex);
		}
	}

	/** Keeps objects in memory; for tests. Port 0 picks a free port. */
	public static S3ProtocolServer inMemory(String accessKey, String secretKey) {
		return new S3ProtocolServer(new TransientNio2BlobStore(), 0, accessKey, secretKey);
	}

	/** Keeps objects as files under {@code dir}; for the local run. */
	public static S3ProtocolServer onDisk(Path dir, int port, String accessKey, String secretKey) {
		try {
			Files.createDirectories(dir);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException("cannot create " + dir, ex);
		}
		return new S3ProtocolServer(new FilesystemNio2BlobStore(dir.toAbsolutePath().toString()), port, accessKey,
				secretKey);
	}

	public int port() {
		return this.proxy.getPort();
	}

	public String endpoint() {
		return "http://127.0.0.1:" + port();
	}

	public String accessKey() {
		return this.accessKey;
	}

	public String secretKey() {
		return this.secretKey;
	}

	@Override
	public void close() {
		try {
			this.proxy.stop();
		}
		catch (Exception ex) {
			throw new IllegalStateException("S3Proxy did not stop cleanly", ex);
		}
	}

}
