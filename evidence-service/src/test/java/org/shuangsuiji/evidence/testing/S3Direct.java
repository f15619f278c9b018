package org.shuangsuiji.evidence.testing;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.StatObjectArgs;
import io.minio.messages.Item;

import org.shuangsuiji.platform.test.TestInfrastructure;

/**
 * The test S3 server reached behind the service's back, as someone with store credentials
 * could: to look at objects, to tamper with them, to delete them.
 */
public final class S3Direct {

	public static final String BUCKET = "evidence";

	private S3Direct() {
	}

	public static MinioClient client() {
		TestInfrastructure.S3Endpoint s3 = TestInfrastructure.s3();
		return MinioClient.builder()
			.endpoint(s3.endpoint())
			.credentials(s3.accessKey(), s3.secretKey())
			.region("us-east-1")
			.build();
	}

	public static void overwrite(String key, byte[] bytes) throws Exception {
		if (!client().bucketExists(BucketExistsArgs.builder().bucket(BUCKET).build())) {
			client().makeBucket(MakeBucketArgs.builder().bucket(BUCKET).build());
		}
		client().putObject(PutObjectArgs.builder()
			.bucket(BUCKET)
			.object(key)
			.stream(new ByteArrayInputStream(bytes), (long) bytes.length, -1L)
			.build());
	}

	public static void remove(String key) throws Exception {
		client().removeObject(RemoveObjectArgs.builder().bucket(BUCKET).object(key).build());
	}

	public static boolean exists(String key) {
		try {
			client().statObject(StatObjectArgs.builder().bucket(BUCKET).object(key).build());
			return true;
		}
		catch (Exception ex) {
			return false;
		}
	}

	public static byte[] read(String key) throws Exception {
		try (InputStream in = client().getObject(GetObjectArgs.builder().bucket(BUCKET).object(key).build())) {
			return in.readAllBytes();
		}
	}

	/** The keys of the objects whose key starts with {@code prefix}. */
	public static List<String> keysUnder(String prefix) throws Exception {
		List<String> keys = new ArrayList<>();
		for (Result<Item> item : client()
			.listObjects(ListObjectsArgs.builder().bucket(BUCKET).prefix(prefix).recursive(true).build())) {
			keys.add(item.get().objectName());
		}
		return keys;
	}

	public static String evidenceKey(String region, String inspectionId, String evidenceId) {
		return "evidence/" + region + "/" + inspectionId + "/" + evidenceId;
	}

}
