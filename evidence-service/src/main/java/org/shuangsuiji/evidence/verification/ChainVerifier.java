package org.shuangsuiji.evidence.verification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.shuangsuiji.evidence.content.Sha256;
import org.shuangsuiji.evidence.record.CanonicalRecord;
import org.shuangsuiji.evidence.record.EvidenceRecord;
import org.shuangsuiji.evidence.storage.ObjectStore;
import org.shuangsuiji.evidence.storage.ObjectStoreUnavailableException;

/** Re-reads and re-hashes an inspection's evidence and checks its hash chain. */
public class ChainVerifier {

	private final ObjectStore store;

	public ChainVerifier(ObjectStore store) {
		this.store = store;
	}

	/**
	 * Verifies {@code chain}, the inspection's records in sequence order.
	 * @throws ObjectStoreUnavailableException when the store cannot be read: a store that
	 * is down says nothing about tampering
	 */
	public VerificationReport verify(String inspectionId, List<EvidenceRecord> chain, Instant now) {
		List<Finding> findings = new ArrayList<>();
		long bytes = 0;
		String previousHash = Sha256.ZERO;
		long expectedSequence = 1;
		for (EvidenceRecord record : chain) {
			if (record.sequence() != expectedSequence) {
				findings.add(finding(record, Finding.Problem.SEQUENCE_GAP, Long.toString(expectedSequence),
						Long.toString(record.sequence())));
			}
			if (!record.previousHash().equals(previousHash)) {
				findings.add(finding(record, Finding.Problem.CHAIN_BROKEN, previousHash, record.previousHash()));
			}
			String recomputed = CanonicalRecord.hash(record);
			if (!recomputed.equals(record.recordHash())) {
				findings.add(finding(record, Finding.Problem.RECORD_ALTERED, record.recordHash(), recomputed));
			}
			Optional<Sha256.Digest> content = hashObject(record.objectKey());
			if (content.isEmpty()) {
				findings.add(finding(record, Finding.Problem.OBJECT_MISSING, record.sha256(), null));
			}
			else {
				bytes += content.get().size();
				if (!content.get().sha256().equals(record.sha256()) || content.get().size() != record.size()) {
					findings.add(finding(record, Finding.Problem.CONTENT_CHANGED,
							record.sha256() + " (" + record.size() + " bytes)",
							content.get().sha256() + " (" + content.get().size() + " bytes)"));
				}
			}
			previousHash = record.recordHash();
			expectedSequence = record.sequence() + 1;
		}
		String head = chain.isEmpty() ? Sha256.ZERO : chain.get(chain.size() - 1).recordHash();
		return new VerificationReport(inspectionId, now, chain.size(), bytes, head, findings.isEmpty(), findings);
	}

	private Optional<Sha256.Digest> hashObject(String key) {
		Optional<InputStream> opened = this.store.open(key);
		if (opened.isEmpty()) {
			return Optional.empty();
		}
		try (InputStream content = opened.get()) {
			return Optional.of(Sha256.of(content));
		}
		catch (IOException ex) {
			throw new ObjectStoreUnavailableException("reading " + key + " failed", new UncheckedIOException(ex));
		}
	}

	private static Finding finding(EvidenceRecord record, Finding.Problem problem, String expected, String actual) {
		return new Finding(record.sequence(), record.id(), record.objectKey(), record.downloadName(), problem, expected,
				actual);
	}

}
