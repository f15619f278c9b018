package org.shuangsuiji.evidence.verification;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.evidence.content.CaptureMetadata;
import org.shuangsuiji.evidence.content.ContentType;
import org.shuangsuiji.evidence.content.Sha256;
import org.shuangsuiji.evidence.record.EvidenceKind;
import org.shuangsuiji.evidence.record.EvidenceRecord;
import org.shuangsuiji.evidence.record.Person;
import org.shuangsuiji.evidence.record.UploadCommand;
import org.shuangsuiji.evidence.storage.ObjectStore;
import org.shuangsuiji.evidence.storage.StoredObject;
import org.shuangsuiji.platform.region.RegionCode;

import static org.assertj.core.api.Assertions.assertThat;

class ChainVerifierTest {

	private final Map<String, byte[]> objects = new HashMap<>();

	private final ChainVerifier verifier = new ChainVerifier(new MapStore(this.objects));

	private List<EvidenceRecord> chainOf(byte[]... files) {
		UploadCommand command = new UploadCommand("insp-1", null, null, EvidenceKind.PROCESS_PHOTO,
				RegionCode.of("410725"), "agency-1", null, null);
		String previous = Sha256.ZERO;
		List<EvidenceRecord> chain = new java.util.ArrayList<>();
		for (int i = 0; i < files.length; i++) {
			String key = "evidence/410725/insp-1/e-" + i;
			this.objects.put(key, files[i]);
			EvidenceRecord record = EvidenceRecord.seal("e-" + i, command, new Person("u", "u"), key, ContentType.PDF,
					files[i].length, Sha256.of(files[i]), CaptureMetadata.NONE, Instant.EPOCH, i + 1, previous);
			chain.add(record);
			previous = record.recordHash();
		}
		return chain;
	}

	@Test
	void findsAnUntouchedChainIntact() {
		List<EvidenceRecord> chain = chainOf(new byte[] { 1 }, new byte[] { 2, 2 });

		VerificationReport report = this.verifier.verify("insp-1", chain, Instant.EPOCH);

		assertThat(report.intact()).isTrue();
		assertThat(report.bytesRead()).isEqualTo(3);
		assertThat(report.headHash()).isEqualTo(chain.get(1).recordHash());
	}

	@Test
	void namesAChangedObjectAndAMissingOne() {
		List<EvidenceRecord> chain = chainOf(new byte[] { 1 }, new byte[] { 2 }, new byte[] { 3 });
		this.objects.put(chain.get(0).objectKey(), new byte[] { 9 });
		this.objects.remove(chain.get(2).objectKey());

		VerificationReport report = this.verifier.verify("insp-1", chain, Instant.EPOCH);

		assertThat(report.findings()).extracting(Finding::evidenceId, Finding::problem)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("e-0", Finding.Problem.CONTENT_CHANGED),
					org.assertj.core.groups.Tuple.tuple("e-2", Finding.Problem.OBJECT_MISSING));
	}

	@Test
	void seesARecordRemovedFromTheMiddleOfTheChain() {
		List<EvidenceRecord> chain = chainOf(new byte[] { 1 }, new byte[] { 2 }, new byte[] { 3 });

		VerificationReport report = this.verifier.verify("insp-1", List.of(chain.get(0), chain.get(2)), Instant.EPOCH);

		assertThat(report.findings()).extracting(Finding::problem)
			.containsExactly(Finding.Problem.SEQUENCE_GAP, Finding.Problem.CHAIN_BROKEN);
	}

	/** An object store in a map: enough for hashing. */
	private record MapStore(Map<String, byte[]> objects) implements ObjectStore {

		@Override
		public void put(String key, InputStream content, String contentType) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void put(String key, byte[] content, String contentType) {
			this.objects.put(key, content);
		}

		@Override
		public Optional<InputStream> open(String key) {
			return Optional.ofNullable(this.objects.get(key)).map(ByteArrayInputStream::new);
		}

		@Override
		public Optional<StoredObject> stat(String key) {
			return Optional.ofNullable(this.objects.get(key)).map((b) -> new StoredObject(key, b.length, null));
		}

		@Override
		public void list(String prefix, Consumer<StoredObject> visitor) {
			this.objects.forEach((key, bytes) -> visitor.accept(new StoredObject(key, bytes.length, null)));
		}

		@Override
		public String presignedGetUrl(String key, Duration validity, String downloadFileName) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void removeUnreferenced(String key) {
			this.objects.remove(key);
		}

		@Override
		public boolean isAvailable() {
			return true;
		}

	}

}
