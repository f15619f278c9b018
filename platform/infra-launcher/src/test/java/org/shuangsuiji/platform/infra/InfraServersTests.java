package org.shuangsuiji.platform.infra;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangsuiji.platform.infra.mongo.MongoProtocolServer;
import org.shuangsuiji.platform.infra.s3.S3ProtocolServer;

import static org.assertj.core.api.Assertions.assertThat;

class InfraServersTests {

	@Test
	void mongoOnDiskKeepsDocumentsAcrossARestart(@TempDir Path dir) {
		Path file = dir.resolve("mongo.mv");
		try (MongoProtocolServer server = MongoProtocolServer.onDisk(file, 0);
				MongoClient client = MongoClients.create(server.uri("registry"))) {
			client.getDatabase("registry").getCollection("agencies").insertOne(new Document("_id", "a1"));
		}
		try (MongoProtocolServer server = MongoProtocolServer.onDisk(file, 0);
				MongoClient client = MongoClients.create(server.uri("registry"))) {
			assertThat(client.getDatabase("registry").getCollection("agencies").countDocuments()).isEqualTo(1);
		}
	}

	@Test
	void s3ServerStoresAndReturnsAnObjectThroughTheMinioSdk(@TempDir Path dir) throws Exception {
		try (S3ProtocolServer server = S3ProtocolServer.onDisk(dir, 0, "access", "secret-key-1")) {
			MinioClient minio = MinioClient.builder()
				.endpoint(server.endpoint())
				.credentials(server.accessKey(), server.secretKey())
				.build();
			minio.makeBucket(MakeBucketArgs.builder().bucket("evidence").build());
			assertThat(minio.bucketExists(BucketExistsArgs.builder().bucket("evidence").build())).isTrue();
			byte[] bytes = "门口合影".getBytes(StandardCharsets.UTF_8);
			minio.putObject(PutObjectArgs.builder()
				.bucket("evidence")
				.object("a/b")
				.stream(new ByteArrayInputStream(bytes), (long) bytes.length, null)
				.build());
			try (var in = minio.getObject(GetObjectArgs.builder().bucket("evidence").object("a/b").build())) {
				assertThat(in.readAllBytes()).isEqualTo(bytes);
			}
		}
	}

}
