package org.shuangsuiji.evidence.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.shuangsuiji.platform.history.HistoryLine;
import org.shuangsuiji.evidence.config.EvidenceConfiguration;
import org.shuangsuiji.evidence.config.EvidenceProperties;
import org.shuangsuiji.evidence.content.Sha256;
import org.shuangsuiji.evidence.reconcile.ReconciliationReport;
import org.shuangsuiji.evidence.reconcile.Reconciler;
import org.shuangsuiji.evidence.record.CanonicalRecord;
import org.shuangsuiji.evidence.record.EvidenceEvent;
import org.shuangsuiji.evidence.record.EvidenceEvents;
import org.shuangsuiji.evidence.record.EvidenceKind;
import org.shuangsuiji.evidence.record.EvidenceRecord;
import org.shuangsuiji.evidence.record.EvidenceRecords;
import org.shuangsuiji.evidence.record.Inspection;
import org.shuangsuiji.evidence.record.Inspections;
import org.shuangsuiji.evidence.storage.ObjectStore;
import org.shuangsuiji.evidence.storage.ObjectStoreUnavailableException;
import org.shuangsuiji.evidence.storage.StoredObject;
import org.shuangsuiji.evidence.testing.EvidenceServiceTest;
import org.shuangsuiji.evidence.verification.ChainVerifier;
import org.shuangsuiji.evidence.verification.Finding;
import org.shuangsuiji.platform.event.DomainEvents;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The national history loader over {@code history/history.jsonl} (黄冈 421100, 2019): a
 * task of the object sample (seed 100: four files, the last the signed fact sheet), a
 * task kept as metadata only (three photos, the fact sheet refused), a scheduled task and
 * an inspection without files; and over {@code history/bad-history.jsonl}, where four of
 * five lines are wrong.
 */
@EvidenceServiceTest
class NationalHistoryTests {

	static final String SAMPLED = "hist-ev-2019-421100:hist-ev-a";

	static final String METADATA_ONLY = "hist-ev-2019-421100:hist-ev-b";

	static final String SCHEDULED = "hist-ev-2019-421100:hist-ev-c";

	static final String NO_FILES = "hist-ev-2019-421100:hist-ev-d";

	@Autowired
	EvidenceRecords records;

	@Autowired
	Inspections inspections;

	@Autowired
	EvidenceEvents trail;

	@Autowired
	ObjectStore store;

	@Autowired
	EvidenceProperties properties;

	@Autowired
	DomainEvents events;

	@Autowired
	JsonMapper json;

	@Autowired
	ChainVerifier verifier;

	@Autowired
	Reconciler reconciler;

	@Autowired
	ApplicationContext context;

	// The first run's summary: every test reads it, the rerun test loads again. (A
	// per-class instance would start Spring before the infrastructure.)
	private static HistorySummary first;

	@BeforeEach
	void loadOnce() throws IOException {
		if (first == null) {
			first = loader().load(resource("history/history.jsonl"));
		}
	}

	private HistoryEvidence loader() {
		return new HistoryEvidence(this.records, this.inspections, this.trail, this.store,
				EvidenceConfiguration.settings(this.properties), this.events, this.json);
	}

	@Test
	void writesEveryFileOfEveryInspectedTaskAndClosesItsEvidence() {
		assertThat(first.read()).isEqualTo(4);
		assertThat(first.tasks()).isEqualTo(3);
		assertThat(first.records()).isEqualTo(7);
		assertThat(first.objects()).isEqualTo(4);
		assertThat(first.scheduled()).isEqualTo(1);
		assertThat(first.refused()).isEmpty();
		assertThat(first.exitCode()).isZero();
		assertThat(this.records.chain(SAMPLED)).hasSize(4);
		assertThat(this.records.chain(METADATA_ONLY)).hasSize(3);
		assertThat(this.inspections.find(SCHEDULED)).isEmpty();
		Inspection empty = this.inspections.find(NO_FILES).orElseThrow();
		assertThat(empty.closed()).isTrue();
		assertThat(empty.closure().headHash()).isEqualTo(Sha256.ZERO);
	}

	@Test
	void eachChainIsLinkedAndSealedAtItsHeadWhenTheTeamLeaves() {
		for (String task : List.of(SAMPLED, METADATA_ONLY)) {
			List<EvidenceRecord> chain = this.records.chain(task);
			String previous = Sha256.ZERO;
			for (int i = 0; i < chain.size(); i++) {
				EvidenceRecord record = chain.get(i);
				assertThat(record.sequence()).isEqualTo(i + 1);
				assertThat(record.previousHash()).isEqualTo(previous);
				assertThat(record.recordHash()).isEqualTo(CanonicalRecord.hash(record));
				previous = record.recordHash();
			}
			Inspection inspection = this.inspections.find(task).orElseThrow();
			assertThat(inspection.closure().headHash()).isEqualTo(previous);
			assertThat(inspection.closure().headSequence()).isEqualTo(chain.size());
			assertThat(inspection.closure().by().userId())
				.isEqualTo(task.equals(SAMPLED) ? "hist-ev-i1" : "hist-ev-i3");
			assertThat(inspection.closure().at()).isAfter(chain.get(chain.size() - 1).uploadedAt());
		}
	}

	@Test
	void photosAreTakenOnTheVisitDayByTeamMembersAndTheSignedFactSheetScanComesLast() {
		List<EvidenceRecord> sampled = this.records.chain(SAMPLED);
		assertThat(sampled).extracting(EvidenceRecord::kind)
			.containsExactly(EvidenceKind.GATE_PHOTO, EvidenceKind.MEETING_PHOTO, EvidenceKind.PROCESS_PHOTO,
					EvidenceKind.SIGNED_FACT_SHEET);
		assertThat(sampled.get(3).uploadedBy().userId()).isEqualTo("hist-ev-i1");
		List<EvidenceRecord> refused = this.records.chain(METADATA_ONLY);
		assertThat(refused).extracting(EvidenceRecord::kind)
			.containsExactly(EvidenceKind.GATE_PHOTO, EvidenceKind.MEETING_PHOTO, EvidenceKind.PROCESS_PHOTO);
		for (EvidenceRecord photo : List.of(sampled.get(0), sampled.get(2), refused.get(0), refused.get(2))) {
			LocalDate day = photo.inspectionId().equals(SAMPLED) ? LocalDate.of(2019, 4, 9) : LocalDate.of(2019, 4, 11);
			assertThat(photo.capture().capturedAt()).startsWith(day.toString()).endsWith("+08:00");
			assertThat(photo.flags()).isEmpty();
			assertThat(photo.uploadedAt().atZone(HistoryEvidence.SHANGHAI).toLocalDate()).isEqualTo(day);
			assertThat(Set.of("hist-ev-i1", "hist-ev-i2", "hist-ev-e1", "hist-ev-i3", "hist-ev-i4"))
				.contains(photo.uploadedBy().userId());
		}
	}

	@Test
	void aSampledTaskKeepsItsObjectsAndVerifiesIntact() throws IOException {
		List<EvidenceRecord> chain = this.records.chain(SAMPLED);
		for (EvidenceRecord record : chain) {
			assertThat(record.objectKey()).startsWith("evidence/421102/");
			try (InputStream object = this.store.open(record.objectKey()).orElseThrow()) {
				assertThat(Sha256.of(object.readAllBytes())).isEqualTo(record.sha256());
			}
		}
		assertThat(this.verifier.verify(SAMPLED, chain, Instant.now()).intact()).isTrue();
	}

	@Test
	void metadataOnlyRecordsNameTheBytesTheObjectWouldHaveAndStayOutOfTheReconciliation() {
		List<EvidenceRecord> chain = this.records.chain(METADATA_ONLY);
		HistoryLine line = new HistoryLine(METADATA_ONLY, null, null, null, "hist-ev-b", null, "421121", null, null,
				null,
				List.of(new HistoryLine.Member("INSPECTOR", "hist-ev-i3", "卫检查（虚构）", null),
						new HistoryLine.Member("INSPECTOR", "hist-ev-i4", "蒋检查（虚构）", null)),
				null, "PUBLISHED", LocalDate.of(2019, 4, 11), LocalTime.of(14, 0), null, "REFUSED", null, null, 3, 7L);
		List<HistoryFiles.HistoryFile> files = HistoryFiles.of(line, 3, false);
		for (int i = 0; i < chain.size(); i++) {
			EvidenceRecord record = chain.get(i);
			byte[] bytes = files.get(i).bytes();
			assertThat(record.objectKey()).startsWith(HistoryEvidence.METADATA_ONLY_ROOT + "421121/" + METADATA_ONLY);
			assertThat(record.sha256()).isEqualTo(Sha256.of(bytes));
			assertThat(record.size()).isEqualTo(bytes.length);
			assertThat(this.store.stat(record.objectKey())).isEmpty();
		}
		// verification says the objects are missing, and nothing else: no link or record
		// is
		// altered
		assertThat(this.verifier.verify(METADATA_ONLY, chain, Instant.now()).findings()).extracting(Finding::problem)
			.containsOnly(Finding.Problem.OBJECT_MISSING)
			.hasSize(3);
		ReconciliationReport report = this.reconciler.reconcile("evidence/4211", "national history test");
		assertThat(report.recordsWithoutObjects()).isEmpty();
		assertThat(report.recordsChecked()).isEqualTo(4);
	}

	@Test
	void theAuditTrailHasEveryUploadAndTheClosing() {
		assertThat(this.trail.of(METADATA_ONLY)).extracting(EvidenceEvent::type)
			.containsExactly(EvidenceEvent.Type.UPLOADED, EvidenceEvent.Type.UPLOADED, EvidenceEvent.Type.UPLOADED,
					EvidenceEvent.Type.INSPECTION_CLOSED);
		assertThat(this.trail.of(SAMPLED)).extracting(EvidenceEvent::type)
			.filteredOn((type) -> type == EvidenceEvent.Type.UPLOADED)
			.hasSize(4);
	}

	@Test
	void aSecondRunWritesNothingNew() throws IOException {
		int events = this.trail.of(SAMPLED).size();
		HistorySummary second = loader().load(resource("history/history.jsonl"));
		assertThat(second.tasks()).isZero();
		assertThat(second.records()).isZero();
		assertThat(second.skipped()).isEqualTo(3);
		assertThat(second.exitCode()).isZero();
		assertThat(this.records.chain(SAMPLED)).hasSize(4);
		assertThat(this.records.chain(METADATA_ONLY)).hasSize(3);
		assertThat(this.trail.of(SAMPLED)).hasSize(events);
	}

	@Test
	void aBadLineIsRefusedWithItsReasonAndNothingOfItIsWritten() throws IOException {
		HistorySummary summary = loader().load(resource("history/bad-history.jsonl"));
		assertThat(summary.read()).isEqualTo(5);
		assertThat(summary.tasks()).isEqualTo(1);
		assertThat(summary.exitCode()).isEqualTo(1);
		assertThat(summary.refused()).hasSize(4);
		assertThat(summary.refused().get(0)).startsWith("line 1:").contains("factSheet null");
		assertThat(summary.refused().get(1)).startsWith("line 2:").contains("evidence -1");
		assertThat(summary.refused().get(2)).startsWith("line 3:").contains("no inspector");
		assertThat(summary.refused().get(3)).startsWith("line 4:").contains("not a history line");
		assertThat(summary.line()).contains("4 refused");
		for (String task : List.of("hist-ev-bad:no-fact-sheet", "hist-ev-bad:negative", "hist-ev-bad:no-inspector")) {
			assertThat(this.inspections.find(task)).as(task).isEqualTo(Optional.empty());
			assertThat(this.records.chain(task)).as(task).isEmpty();
		}
		assertThat(this.records.chain("hist-ev-bad:fine")).hasSize(2);
	}

	@Test
	void aStoreFailingMidwayRefusesItsLineForARerunAndTheNextLineGoesOn(@TempDir Path folder) throws IOException {
		// the sampled task and the metadata-only one again, as two other agencies
		List<String> lines = Files.readAllLines(resource("history/history.jsonl"), StandardCharsets.UTF_8);
		Path history = Files.write(folder.resolve("history.jsonl"),
				List.of(lines.get(0).replace("hist-ev-a", "hist-ev-f"), lines.get(1).replace("hist-ev-b", "hist-ev-g")),
				StandardCharsets.UTF_8);
		HistoryEvidence loader = new HistoryEvidence(this.records, this.inspections, this.trail, unavailable(),
				EvidenceConfiguration.settings(this.properties), this.events, this.json);
		HistorySummary summary = loader.load(history);
		assertThat(summary.read()).isEqualTo(2);
		assertThat(summary.refused()).singleElement()
			.asString()
			.startsWith("line 1: ")
			.contains("the store is down")
			.endsWith("(a rerun completes the task)");
		assertThat(summary.exitCode()).isEqualTo(1);
		assertThat(this.records.chain("hist-ev-2019-421100:hist-ev-f")).isEmpty();
		assertThat(summary.tasks()).isEqualTo(1);
		assertThat(this.records.chain("hist-ev-2019-421100:hist-ev-g")).hasSize(3);
	}

	/** The object store, refusing every object write as unreachable. */
	private ObjectStore unavailable() {
		ObjectStore real = this.store;
		return new ObjectStore() {

			@Override
			public void put(String key, InputStream content, String contentType) {
				throw new ObjectStoreUnavailableException("the store is down", null);
			}

			@Override
			public void put(String key, byte[] content, String contentType) {
				throw new ObjectStoreUnavailableException("the store is down", null);
			}

			@Override
			public Optional<InputStream> open(String key) {
				return real.open(key);
			}

			@Override
			public Optional<StoredObject> stat(String key) {
				return real.stat(key);
			}

			@Override
			public void list(String prefix, Consumer<StoredObject> visitor) {
				real.list(prefix, visitor);
			}

			@Override
			public String presignedGetUrl(String key, Duration validity, String downloadFileName) {
				return real.presignedGetUrl(key, validity, downloadFileName);
			}

			@Override
			public void removeUnreferenced(String key) {
				real.removeUnreferenced(key);
			}

			@Override
			public boolean isAvailable() {
				return false;
			}

		};
	}

	@Test
	void withoutTheHistoryFileThereIsNoLoader() {
		assertThat(this.context.getBeansOfType(NationalHistory.class)).isEmpty();
	}

	private static Path resource(String name) throws IOException {
		return new ClassPathResource(name).getFile().toPath();
	}

}
