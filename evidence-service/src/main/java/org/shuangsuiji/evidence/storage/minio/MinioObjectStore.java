package org.shuangsuiji.evidence.storage.minio;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.GetPresignedObjectUrlArgs;
import io.minio.Http;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import io.minio.errors.ErrorResponseException;
import io.minio.errors.MinioException;
import io.minio.messages.Item;

import org.shuangsuiji.evidence.storage.ObjectStore;
import org.shuangsuiji.evidence.storage.ObjectStoreUnavailableException;
import org.shuangsuiji.evidence.storage.ObjectStoreWriteFailedException;
import org.shuangsuiji.evidence.storage.StoredObject;

/**
 * Evidence objects in one bucket through the MinIO Java SDK. Streams of unknown length go
 * up as multipart uploads of {@code partSize} parts, so memory holds one part, not the
 * file.
 */
public class MinioObjectStore implements ObjectStore {

	private static final String NO_SUCH_KEY = "NoSuchKey";

	private final MinioClient client;

	private final MinioClient presigner;

	private final String bucket;

	private final long partSize;

	private volatile boolean bucketReady;

	/**
	 * @param client the client for reads and writes
	 * @param presigner the client whose endpoint appears in presigned URLs (the address
	 * users reach; may be {@code client} itself)
	 * @param bucket the evidence bucket
	 * @param partSize the multipart part size for streams of unknown length (at least 5
	 * MiB)
	 */
	public MinioObjectStore(MinioClient client, MinioClient presigner, String bucket, long partSize) {
		if (partSize < 5L * 1024 * 1024) {
			throw new IllegalArgumentException("S3 multipart parts must be at least 5 MiB, got " + partSize);
		}
		this.client = client;
		this.presigner = presigner;
		this.bucket = bucket;
		this.partSize = partSize;
	}

	/**
	 * Creates the bucket when it does not exist yet. Called before the first write, not
	 * at start-up: the store may come up after the service.
	 */
	public void ensureBucket() {
		if (this.bucketReady) {
			return;
		}
		try {
			if (!this.client.bucketExists(BucketExistsArgs.builder().bucket(this.bucket).build())) {
				this.client.makeBucket(MakeBucketArgs.builder().bucket(this.bucket).build());
			}
			this.bucketReady = true;
		}
		catch (MinioException | RuntimeException ex) {
			throw unavailable("cannot create or check the bucket " + this.bucket, ex);
		}
	}

	@Override
	public void put(String key, InputStream content, String contentType) {
		ensureBucket();
		try {
			this.client.putObject(PutObjectArgs.builder()
				.bucket(this.bucket)
				.object(key)
				.stream(content, null, this.partSize)
				.contentType(contentType)
				.build());
		}
		catch (MinioException | RuntimeException ex) {
			throw new ObjectStoreWriteFailedException("storing " + key + " failed: " + rootMessage(ex), rootCause(ex));
		}
	}

	@Override
	public void put(String key, byte[] content, String contentType) {
		put(key, new ByteArrayInputStream(content), contentType);
	}

	@Override
	public Optional<InputStream> open(String key) {
		return unlessMissing("reading " + key + " failed",
				() -> this.client.getObject(GetObjectArgs.builder().bucket(this.bucket).object(key).build()));
	}

	@Override
	public Optional<StoredObject> stat(String key) {
		return unlessMissing("stat of " + key + " failed", () -> {
			StatObjectResponse stat = this.client
				.statObject(StatObjectArgs.builder().bucket(this.bucket).object(key).build());
			return new StoredObject(key, stat.size(), stat.lastModified().toInstant());
		});
	}

	/**
	 * One call on an object that may be missing: {@code NoSuchKey} is empty, any other
	 * failure 503 with {@code failure} as its detail.
	 */
	private static <T> Optional<T> unlessMissing(String failure, ObjectCall<T> call) {
		try {
			return Optional.of(call.run());
		}
		catch (ErrorResponseException ex) {
			if (NO_SUCH_KEY.equals(ex.errorResponse().code())) {
				return Optional.empty();
			}
			throw unavailable(failure, ex);
		}
		catch (MinioException | RuntimeException ex) {
			throw unavailable(failure, ex);
		}
	}

	@Override
	public void list(String prefix, Consumer<StoredObject> visitor) {
		ensureBucket();
		try {
			for (Result<Item> result : this.client
				.listObjects(ListObjectsArgs.builder().bucket(this.bucket).prefix(prefix).recursive(true).build())) {
				Item item = result.get();
				if (!item.isDir()) {
					visitor.accept(new StoredObject(item.objectName(), item.size(),
							(item.lastModified() != null) ? item.lastModified().toInstant() : null));
				}
			}
		}
		catch (MinioException | RuntimeException ex) {
			throw unavailable("listing " + prefix + " failed", ex);
		}
	}

	@Override
	public String presignedGetUrl(String key, Duration validity, String downloadFileName) {
		String disposition = "attachment; filename*=UTF-8''"
				+ URLEncoder.encode(downloadFileName, StandardCharsets.UTF_8).replace("+", "%20");
		try {
			return this.presigner.getPresignedObjectUrl(GetPresignedObjectUrlArgs.builder()
				.method(Http.Method.GET)
				.bucket(this.bucket)
				.object(key)
				.expiry((int) validity.toSeconds(), TimeUnit.SECONDS)
				.extraQueryParams(Map.of("response-content-disposition", disposition))
				.build());
		}
		catch (MinioException | RuntimeException ex) {
			throw unavailable("presigning " + key + " failed", ex);
		}
	}

	@Override
	public void removeUnreferenced(String key) {
		try {
			this.client.removeObject(RemoveObjectArgs.builder().bucket(this.bucket).object(key).build());
		}
		catch (MinioException | RuntimeException ex) {
			throw unavailable("removing " + key + " failed", ex);
		}
	}

	@Override
	public boolean isAvailable() {
		try {
			return this.client.bucketExists(BucketExistsArgs.builder().bucket(this.bucket).build());
		}
		catch (MinioException | RuntimeException ex) {
			return false;
		}
	}

	public String bucket() {
		return this.bucket;
	}

	private static ObjectStoreUnavailableException unavailable(String detail, Exception ex) {
		return new ObjectStoreUnavailableException(detail + ": " + rootMessage(ex), ex);
	}

	private static Throwable rootCause(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = rootCause(ex);
		return root.getClass().getSimpleName() + ((root.getMessage() != null) ? " " + root.getMessage() : "");
	}

	/** A MinIO call that answers a value. */
	@FunctionalInterface
	private interface ObjectCall<T> {

		T run() throws MinioException;

	}

}
