package org.shuangsuiji.evidence.testing;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import io.minio.MinioClient;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;

import org.shuangsuiji.evidence.storage.minio.MinioObjectStore;

/**
 * One S3Proxy per test JVM on a free loopback port, backed by a temporary folder: a real
 * S3 API server reached through the MinIO SDK, as MinIO is in production.
 */
public final class LocalS3 {

	public static final String ACCESS_KEY = "local-access";

	public static final String SECRET_KEY = "local-secret-key";

	private static String endpoint;

	private LocalS3() {
	}

	/** The endpoint URL of the running S3Proxy, starting it on first use. */
	public static synchronized String endpoint() {
		if (endpoint == null) {
			try {
				Path dir = Files.createTempDirectory("evidence-s3proxy");
				S3Proxy proxy = S3Proxy.builder()
					.blobStore(new FilesystemNio2BlobStore(dir.toString()))
					.endpoint(URI.create("http://127.0.0.1:0"))
					.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
					.build();
				proxy.start();
				while (!proxy.getState().equals("STARTED")) {
					Thread.sleep(10);
				}
				endpoint = "http://127.0.0.1:" + proxy.getPort();
			}
			catch (Exception ex) {
				throw new IllegalStateException("S3Proxy did not start", ex);
			}
		}
		return endpoint;
	}

	/**
	 * A MinIO client for the store, as a tamperer or a direct-upload baseline would use
	 * it.
	 */
	public static MinioClient client() {
		return MinioClient.builder()
			.endpoint(endpoint())
			.credentials(ACCESS_KEY, SECRET_KEY)
			.region("us-east-1")
			.build();
	}

	/** A store on a fresh bucket. */
	public static MinioObjectStore store(String bucket) {
		MinioClient client = client();
		MinioObjectStore store = new MinioObjectStore(client, client, bucket, 5L * 1024 * 1024);
		store.ensureBucket();
		return store;
	}

}
