package org.shuangsuiji.evidence.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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

	private static final String READY = "S3PROXY READY ";

	private static String endpoint;

	private LocalS3() {
	}

	/** The endpoint URL of the running S3Proxy, starting it on first use. */
	public static synchronized String endpoint() {
		if (endpoint == null) {
			try {
				endpoint = "http://127.0.0.1:" + start(Files.createTempDirectory("evidence-s3proxy"));
			}
			catch (Exception ex) {
				throw new IllegalStateException("S3Proxy did not start", ex);
			}
		}
		return endpoint;
	}

	private static int start(Path dir) throws Exception {
		S3Proxy proxy = S3Proxy.builder()
			.blobStore(new FilesystemNio2BlobStore(dir.toString()))
			.endpoint(URI.create("http://127.0.0.1:0"))
			.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
			.build();
		proxy.start();
		while (!proxy.getState().equals("STARTED")) {
			Thread.sleep(10);
		}
		return proxy.getPort();
	}

	/**
	 * Starts S3Proxy in a JVM of its own, for measurements of this JVM's heap that
	 * S3Proxy's request buffers must not disturb. The process ends with this JVM.
	 */
	public static String forkedEndpoint() {
		try {
			Path dir = Files.createTempDirectory("evidence-s3proxy-forked");
			String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
			Process process = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
					LocalS3.class.getName(), dir.toString())
				.redirectErrorStream(true)
				.start();
			Runtime.getRuntime().addShutdownHook(new Thread(process::destroy, "s3proxy-fork-stop"));
			BufferedReader output = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
			String line;
			while ((line = output.readLine()) != null) {
				if (line.startsWith(READY)) {
					String port = line.substring(READY.length()).trim();
					Thread drain = new Thread(() -> {
						try {
							output.transferTo(Writer.nullWriter());
						}
						catch (IOException ex) {
							// The process ended.
						}
					}, "s3proxy-fork-output");
					drain.setDaemon(true);
					drain.start();
					return "http://127.0.0.1:" + port;
				}
			}
			throw new IllegalStateException("the S3Proxy process ended before it was ready");
		}
		catch (IOException ex) {
			throw new IllegalStateException("S3Proxy process did not start", ex);
		}
	}

	/** Entry point of the forked S3Proxy: {@code LocalS3 <storage folder>}. */
	public static void main(String[] args) throws Exception {
		int port = start(Path.of(args[0]));
		System.out.println(READY + port);
		System.out.flush();
		Thread.currentThread().join();
	}

	/**
	 * A MinIO client for the store, as a tamperer or a direct-upload baseline would use
	 * it.
	 */
	public static MinioClient client() {
		return client(endpoint());
	}

	/** A MinIO client for an S3Proxy started by {@link #forkedEndpoint()}. */
	public static MinioClient client(String endpoint) {
		return MinioClient.builder().endpoint(endpoint).credentials(ACCESS_KEY, SECRET_KEY).region("us-east-1").build();
	}

	/** A store on a fresh bucket. */
	public static MinioObjectStore store(String bucket) {
		MinioClient client = client();
		MinioObjectStore store = new MinioObjectStore(client, client, bucket, 5L * 1024 * 1024);
		store.ensureBucket();
		return store;
	}

}
