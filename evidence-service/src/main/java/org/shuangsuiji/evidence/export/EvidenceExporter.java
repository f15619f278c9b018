package org.shuangsuiji.evidence.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.shuangsuiji.evidence.content.GeoPoint;
import org.shuangsuiji.evidence.content.Sha256;
import org.shuangsuiji.evidence.record.CanonicalRecord;
import org.shuangsuiji.evidence.record.Closure;
import org.shuangsuiji.evidence.record.EvidenceFlag;
import org.shuangsuiji.evidence.record.EvidenceRecord;
import org.shuangsuiji.evidence.record.Inspection;
import org.shuangsuiji.evidence.record.Person;
import org.shuangsuiji.evidence.storage.ObjectStore;
import org.shuangsuiji.platform.problem.RuleViolationException;

/**
 * Writes one inspection's evidence as a zip, streaming each object from the store into
 * the archive, so an export of gigabytes needs no more memory than one copy buffer.
 */
public class EvidenceExporter {

	public static final String FORMAT = "evidence-export/v1";

	public static final String SCRIPT = "verify-evidence-export.sh";

	private final ObjectStore store;

	private final Function<ExportManifest, byte[]> manifestWriter;

	private final byte[] script;

	/**
	 * @param store where the objects are
	 * @param manifestWriter serialises the manifest (JSON)
	 * @param script the verification script shipped inside every export
	 */
	public EvidenceExporter(ObjectStore store, Function<ExportManifest, byte[]> manifestWriter, byte[] script) {
		this.store = store;
		this.manifestWriter = manifestWriter;
		this.script = script.clone();
	}

	/**
	 * Checks before the first byte is sent that every object exists, so an export never
	 * ends half-way with a missing file.
	 */
	public void requireComplete(List<EvidenceRecord> chain) {
		for (EvidenceRecord record : chain) {
			if (this.store.stat(record.objectKey()).isEmpty()) {
				throw new RuleViolationException("export-incomplete",
						"the stored file of evidence " + record.id() + " is missing; run the inspection's verification")
					.with("evidenceId", record.id());
			}
		}
	}

	public void write(Inspection inspection, List<EvidenceRecord> chain, Person exportedBy, Instant now,
			OutputStream target) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
		StringBuilder sums = new StringBuilder();
		StringBuilder links = new StringBuilder();
		List<ExportManifest.Entry> entries = new ArrayList<>();
		for (EvidenceRecord record : chain) {
			String base = String.format("%04d-%s", record.sequence(), record.id());
			String path = "files/" + base + "." + record.contentType().extension();
			String recordPath = "records/" + base + ".txt";
			text(zip, recordPath, CanonicalRecord.text(record));
			try (InputStream content = this.store.open(record.objectKey())
				.orElseThrow(() -> new IOException("object " + record.objectKey() + " disappeared during export"))) {
				zip.setLevel(Deflater.NO_COMPRESSION); // photos, videos and PDFs are
														// compressed already
				zip.putNextEntry(new ZipEntry(path));
				content.transferTo(zip);
				zip.closeEntry();
				zip.setLevel(Deflater.DEFAULT_COMPRESSION);
			}
			sums.append(record.sha256()).append("  ").append(path).append('\n');
			links.append(record.recordHash()).append("  ").append(recordPath).append('\n');
			entries.add(entry(record, path, recordPath));
		}
		text(zip, "SHA256SUMS", sums.toString());
		text(zip, "CHAIN", links.toString());
		String head = chain.isEmpty() ? Sha256.ZERO : chain.get(chain.size() - 1).recordHash();
		ExportManifest manifest = new ExportManifest(FORMAT, CanonicalRecord.VERSION, inspection.id(),
				inspection.agencyId(), inspection.region().value(),
				inspection.closing().map((closure) -> closure.at().toString()).orElse(null), now.toString(),
				exportedBy.userId(), head, inspection.closing().map(Closure::headHash).orElse(null), entries);
		zip.putNextEntry(new ZipEntry("manifest.json"));
		zip.write(this.manifestWriter.apply(manifest));
		zip.closeEntry();
		text(zip, "README.txt", readme(inspection, chain.size(), head));
		ZipEntry scriptEntry = new ZipEntry(SCRIPT);
		zip.putNextEntry(scriptEntry);
		zip.write(this.script);
		zip.closeEntry();
		zip.finish();
	}

	private static ExportManifest.Entry entry(EvidenceRecord record, String path, String recordPath) {
		GeoPoint place = record.capture().location();
		ExportManifest.Withdrawal withdrawal = record.withdrawing()
			.map((w) -> new ExportManifest.Withdrawal(w.at().toString(), w.by().userId(), w.by().displayName(),
					w.reason()))
			.orElse(null);
		return new ExportManifest.Entry(record.sequence(), record.id(), path, recordPath, record.fileName(),
				record.kind().name(), record.taskId(), record.checklistItem(), record.contentType().mimeType(),
				record.size(), record.sha256(), record.capture().capturedAt(),
				(place != null) ? place.latitude() : null, (place != null) ? place.longitude() : null,
				record.uploadedAt().toString(), record.uploadedBy().userId(), record.uploadedBy().displayName(),
				record.previousHash(), record.recordHash(), withdrawal,
				record.flags().stream().map(EvidenceFlag::name).toList());
	}

	private static void text(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	private static String readme(Inspection inspection, int records, String head) {
		return """
				Evidence export of inspection %s (agency %s, region %s)
				证据导出：检查 %s

				Records: %d
				Chain head (record hash of the last record): %s

				To check this export (Linux, macOS with coreutils, or Git Bash):

				    sh verify-evidence-export.sh .        (in the unzipped folder)

				or by hand:

				    sha256sum -c SHA256SUMS    every file has the hash recorded at upload
				    sha256sum -c CHAIN         every record text has its record hash

				and check that each records/NNNN-*.txt has previousHash equal to the hash of the record
				before it (64 zeros for the first) and sha256 equal to its file's line in SHA256SUMS.
				Compare the chain head with the one evidence-service reports for the inspection
				(GET /api/evidence/inspections/%s/verification).
				manifest.json lists every file with its metadata, withdrawals included.
				""".formatted(inspection.id(), inspection.agencyId(), inspection.region(), inspection.id(), records,
				head, inspection.id());
	}

}
