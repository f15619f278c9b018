package org.shuangsuiji.evidence.storage.minio;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.minio.MinioClient;
import org.junit.jupiter.api.Test;

import org.shuangsuiji.evidence.content.EvidenceStream;
import org.shuangsuiji.evidence.content.Sha256;
import org.shuangsuiji.evidence.content.SizeLimitExceededException;
import org.shuangsuiji.evidence.storage.ObjectStoreUnavailableException;
import org.shuangsuiji.evidence.storage.ObjectStoreWriteFailedException;
import org.shuangsuiji.evidence.storage.StoredObject;
import org.shuangsuiji.evidence.testing.LocalS3;
import org.shuangsuiji.evidence.testing.Samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MinioObjectStoreTest {

	private final MinioObjectStore store = LocalS3.store("store-test");

	private static String key() {
		return "evidence/410725/insp-" + UUID.randomUUID() + "/file";
	}

	@Test
	void streamsAFileOfUnknownLengthLargerThanOnePartAndReadsItBack() throws IOException {
		String key = key();
		long size = 12L * 1024 * 1024 + 17;
		EvidenceStream upload = new EvidenceStream(Samples.largeJpegLike(size, 7), Long.MAX_VALUE);

		this.store.put(key, upload, "image/jpeg");

		assertThat(this.store.stat(key)).get().extracting(StoredObject::size).isEqualTo(size);
		try (InputStream back = this.store.open(key).orElseThrow()) {
			assertThat(Sha256.of(back).sha256()).isEqualTo(upload.sha256());
		}
	}

	@Test
	void abortsTheWriteWhenTheContentPassesItsLimitAndLeavesNoObject() throws IOException {
		String key = key();
		EvidenceStream upload = new EvidenceStream(Samples.largeJpegLike(8L * 1024 * 1024, 3), 6L * 1024 * 1024);

		assertThatExceptionOfType(ObjectStoreWriteFailedException.class)
			.isThrownBy(() -> this.store.put(key, upload, "image/jpeg"))
			.withCauseInstanceOf(SizeLimitExceededException.class);
		assertThat(upload.limitExceeded()).isTrue();
		assertThat(this.store.stat(key)).isEmpty();
	}

	@Test
	void saysWhenAnObjectIsMissing() {
		assertThat(this.store.open(key())).isEmpty();
		assertThat(this.store.stat(key())).isEmpty();
	}

	@Test
	void listsObjectsUnderAPrefixOnly() {
		String inspection = "evidence/410725/list-" + UUID.randomUUID();
		this.store.put(inspection + "/a", new byte[] { 1 }, "application/octet-stream");
		this.store.put(inspection + "/b", new byte[] { 2, 3 }, "application/octet-stream");
		this.store.put("evidence/410726/other-" + UUID.randomUUID(), new byte[] { 4 }, "application/octet-stream");

		List<StoredObject> listed = new ArrayList<>();
		this.store.list(inspection + "/", listed::add);

		assertThat(listed).extracting(StoredObject::key).containsExactly(inspection + "/a", inspection + "/b");
		assertThat(listed).extracting(StoredObject::size).containsExactly(1L, 2L);
	}

	@Test
	void presignsAGetThatWorksWithoutCredentials() throws Exception {
		String key = key();
		byte[] pdf = Samples.pdf();
		this.store.put(key, new ByteArrayInputStream(pdf), "application/pdf");

		String url = this.store.presignedGetUrl(key, Duration.ofMinutes(5), "事实确认单.pdf");
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());

		assertThat(url).contains("X-Amz-Expires=300");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo(pdf);
	}

	@Test
	void reportsAStoreThatIsDownAsUnavailable() {
		MinioClient nowhere = MinioClient.builder()
			.endpoint("http://127.0.0.1:9")
			.credentials(LocalS3.ACCESS_KEY, LocalS3.SECRET_KEY)
			.region("us-east-1")
			.build();
		MinioObjectStore down = new MinioObjectStore(nowhere, nowhere, "any", 5L * 1024 * 1024);

		assertThat(down.isAvailable()).isFalse();
		assertThatExceptionOfType(ObjectStoreUnavailableException.class)
			.isThrownBy(() -> down.put(key(), new byte[] { 1 }, "application/octet-stream"));
		assertThatExceptionOfType(ObjectStoreUnavailableException.class).isThrownBy(() -> down.open(key()));
	}

	@Test
	void removesAnUnreferencedObject() {
		String key = key();
		this.store.put(key, new byte[] { 9 }, "application/octet-stream");

		this.store.removeUnreferenced(key);

		assertThat(this.store.stat(key)).isEmpty();
	}

}
