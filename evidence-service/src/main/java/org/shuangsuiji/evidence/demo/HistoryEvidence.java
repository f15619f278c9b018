package org.shuangsuiji.evidence.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.shuangsuiji.platform.history.HistoryLine;
import org.shuangsuiji.platform.history.HistoryReader;
import org.shuangsuiji.platform.history.RefusedLine;
import org.shuangsuiji.evidence.content.CaptureMetadata;
import org.shuangsuiji.evidence.content.ContentType;
import org.shuangsuiji.evidence.content.EvidenceStream;
import org.shuangsuiji.evidence.content.ExifReader;
import org.shuangsuiji.evidence.content.Sha256;
import org.shuangsuiji.evidence.inspection.TaskAccess;
import org.shuangsuiji.evidence.record.CaptureDayPolicy;
import org.shuangsuiji.evidence.record.CloseCommand;
import org.shuangsuiji.evidence.record.EvidenceEvent;
import org.shuangsuiji.evidence.record.EvidenceEvents;
import org.shuangsuiji.evidence.record.EvidenceRecord;
import org.shuangsuiji.evidence.record.EvidenceRecords;
import org.shuangsuiji.evidence.record.EvidenceService;
import org.shuangsuiji.evidence.record.EvidenceSettings;
import org.shuangsuiji.evidence.record.Inspection;
import org.shuangsuiji.evidence.record.Inspections;
import org.shuangsuiji.evidence.record.Person;
import org.shuangsuiji.evidence.record.UploadCommand;
import org.shuangsuiji.evidence.storage.ObjectStore;
import org.shuangsuiji.platform.event.DomainEvents;
import org.shuangsuiji.platform.problem.ProblemException;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.security.Role;

/**
 * Writes the evidence of the national history file (issue 15). For each {@code CLOSED} or
 * {@code PUBLISHED} line: the inspection's {@code evidence} files ({@link HistoryFiles}),
 * each uploaded by a member of the team at its time on the visit day and linked into the
 * inspection's hash chain, then the evidence closed with the chain's head at the end of
 * the visit, as inspection-service closes it when the team leaves.
 * <p>
 * <b>Objects for a sample only</b> (the issue: "objects optional beyond a sample"): one
 * task in {@value #OBJECT_SAMPLE} (by its seed) goes through the upload use case itself,
 * objects in the store, type, hash, EXIF and day flags decided from the bytes as for any
 * upload. Every other task gets the same records without objects: made from the same
 * bytes (so size, SHA-256, type and capture time are what the object would give), sealed
 * and chained as the use case does, with the same {@code UPLOADED} events for the audit
 * trail, but keyed under {@value #METADATA_ONLY_ROOT} instead of {@code evidence/}. The
 * key is part of the record hash, so a record says in its own sealed text that no object
 * was ever stored, and the reconciliation, which compares objects and records under
 * {@code evidence/}, neither lists these records as missing their objects nor raises its
 * gauge for them. Verifying or exporting such an inspection reports its objects missing,
 * which is the truth.
 * <p>
 * Idempotent: each file has an Idempotency-Key derived from the task and its place, so a
 * rerun finds the records it wrote; a closed inspection is left alone. A line is checked
 * whole before anything of it is written.
 */
class HistoryEvidence {

	static final int OBJECT_SAMPLE = 50;

	static final String METADATA_ONLY_ROOT = "history-metadata-only/";

	static final ZoneId SHANGHAI = CaptureDayPolicy.INSPECTION_ZONE;

	/** More files than this on one line is a generator's mistake, not a visit. */
	static final int MAX_FILES = 200;

	private final EvidenceRecords records;

	private final Inspections inspections;

	private final EvidenceEvents trail;

	private final ObjectStore store;

	private final EvidenceSettings settings;

	private final DomainEvents events;

	private final JsonMapper json;

	HistoryEvidence(EvidenceRecords records, Inspections inspections, EvidenceEvents trail, ObjectStore store,
			EvidenceSettings settings, DomainEvents events, JsonMapper json) {
		this.records = records;
		this.inspections = inspections;
		this.trail = trail;
		this.store = store;
		this.settings = settings;
		this.events = events;
		this.json = json;
	}

	/** Whether the task's files go to the object store (one task in 50, by its seed). */
	static boolean keepsObjects(HistoryLine line) {
		return Math.floorMod(line.seed(), OBJECT_SAMPLE) == 0;
	}

	HistorySummary load(Path history) {
		HistorySummary.Tally tally = new HistorySummary.Tally();
		// a ProblemException is the store or the database failing midway: what is written
		// stays, a rerun completes it
		HistoryReader.Reading reading = HistoryReader.read(history, (text) -> load(parse(text), tally),
				(failure) -> (failure instanceof ProblemException ex) ? ex.detail() + " (a rerun completes the task)"
						: null);
		return tally.summary(reading);
	}

	private HistoryLine parse(String text) {
		try {
			return this.json.readValue(text, HistoryLine.class);
		}
		catch (JacksonException ex) {
			throw new RefusedLine("not a history line: " + ex.getOriginalMessage());
		}
	}

	private void load(HistoryLine line, HistorySummary.Tally tally) {
		Planned planned = plan(line);
		if (planned == null) {
			tally.scheduled();
			return;
		}
		Optional<Inspection> known = this.inspections.find(line.taskId());
		if (known.isPresent() && known.get().closed()) {
			tally.skipped();
			return;
		}
		int written = 0;
		for (HistoryFiles.HistoryFile file : planned.files()) {
			if (write(planned, file)) {
				written++;
			}
		}
		close(planned);
		tally.written(written, planned.objects() ? written : 0);
	}

	/**
	 * Everything a line's evidence needs, checked before anything is written;
	 * {@code null} for a task not inspected yet.
	 */
	private Planned plan(HistoryLine line) {
		require(line.taskId() != null && UploadCommand.isInspectionId(line.taskId()),
				"taskId " + line.taskId() + " is no task id");
		require(line.stage() != null, "stage missing");
		if ("SCHEDULED".equals(line.stage())) {
			return null;
		}
		require(line.onSiteDone(), "stage " + line.stage() + " is none of SCHEDULED, CLOSED, PUBLISHED");
		require(line.agencyId() != null && !line.agencyId().isBlank(), "agencyId missing");
		RegionCode region = Optional.ofNullable(line.agencyRegion())
			.flatMap(RegionCode::parse)
			.orElseThrow(() -> new RefusedLine("agencyRegion " + line.agencyRegion() + " is no region code"));
		require(line.visitDay() != null && line.visitStart() != null, "visitDay or visitStart missing");
		require("SIGNED".equals(line.factSheet()) || "REFUSED".equals(line.factSheet()),
				"factSheet " + line.factSheet() + " is neither SIGNED nor REFUSED");
		require(line.evidence() != null && line.evidence() >= 0 && line.evidence() <= MAX_FILES,
				"evidence " + line.evidence() + " is not between 0 and " + MAX_FILES);
		require(line.seed() != null, "seed missing");
		require(line.team().stream().anyMatch((member) -> "INSPECTOR".equals(member.kind())), "team has no inspector");
		require(line.team().stream().allMatch((member) -> member.personId() != null && !member.personId().isBlank()),
				"a team member has no personId");
		this.inspections.find(line.taskId())
			.ifPresent((inspection) -> require(
					inspection.agencyId().equals(line.agencyId()) && inspection.region().equals(region),
					"inspection " + line.taskId() + " is registered for agency " + inspection.agencyId() + " in "
							+ inspection.region()));
		List<HistoryFiles.HistoryFile> files = HistoryFiles.of(line, line.evidence(), line.factSheetSigned());
		List<Caller> team = line.team().stream().map((member) -> member(member, region)).toList();
		return new Planned(line, region, files, team, keepsObjects(line));
	}

	/**
	 * One file recorded (uploaded with its object, or sealed without); {@code false} if a
	 * run before recorded it.
	 */
	private boolean write(Planned planned, HistoryFiles.HistoryFile file) {
		Caller uploader = planned.team().get(file.uploader());
		String key = idempotencyKey(planned.line(), file);
		if (this.records.findByIdempotencyKey(uploader.userId() + ":" + key).isPresent()) {
			return false;
		}
		UploadCommand command = UploadCommand.parse(planned.line().taskId(), null, null, file.kind().name(),
				planned.region().value(), planned.line().agencyId(), file.fileName(), key);
		byte[] bytes = file.bytes();
		Instant at = instant(file.uploadedAt());
		if (planned.objects()) {
			EvidenceService service = service(planned, at);
			return service
				.upload(service.requireUploader(uploader, command.inspectionId()), command,
						new ByteArrayInputStream(bytes), bytes.length)
				.created();
		}
		sealWithoutObject(planned, command, uploader, bytes, at);
		return true;
	}

	/**
	 * What the upload use case records, without the object: type, hash, size and capture
	 * time from the bytes, the day flags against the visit day, linked after the chain's
	 * head, and its {@code UPLOADED} event.
	 */
	private void sealWithoutObject(Planned planned, UploadCommand command, Caller uploader, byte[] bytes, Instant at) {
		EvidenceStream stream;
		try {
			stream = new EvidenceStream(new ByteArrayInputStream(bytes), this.settings.maxUploadBytes());
			stream.transferTo(OutputStream.nullOutputStream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ContentType type = stream.contentType().orElseThrow();
		CaptureMetadata capture = ExifReader.read(stream.head(), type);
		String id = UUID.randomUUID().toString();
		String objectKey = METADATA_ONLY_ROOT + planned.region().value() + "/" + command.inspectionId() + "/" + id;
		this.inspections.register(command.inspectionId(), planned.region(), planned.line().agencyId());
		Optional<EvidenceRecord> head = this.records.last(command.inspectionId());
		EvidenceRecord record = EvidenceRecord
			.seal(id, command, Person.of(uploader), objectKey, type, stream.size(), stream.sha256(), capture, at,
					head.map((last) -> last.sequence() + 1).orElse(1L),
					head.map(EvidenceRecord::recordHash).orElse(Sha256.ZERO))
			.withFlags(CaptureDayPolicy.flags(command.kind(), capture, planned.line().visitDay()));
		this.records.append(record, uploader.userId() + ":" + command.idempotencyKey());
		this.events.publish(new EvidenceEvent(EvidenceEvent.Type.UPLOADED, record.inspectionId(), record.id(),
				record.uploadedBy(), record.uploadedAt(),
				Map.of("kind", record.kind().name(), "sha256", record.sha256(), "size", Long.toString(record.size()))));
	}

	/**
	 * The evidence closed by the first inspector when the team leaves, with the chain's
	 * head (the use case's closing; a repeat answers the first).
	 */
	private void close(Planned planned) {
		List<HistoryFiles.HistoryFile> files = planned.files();
		LocalDateTime last = files.isEmpty() ? planned.line().visitDay().atTime(planned.line().visitStart())
				: files.get(files.size() - 1).uploadedAt();
		Instant at = instant(last.plusMinutes(15));
		service(planned, at).close(planned.team().get(0), planned.line().taskId(),
				new CloseCommand(null, null, "现场检查结束，证据封存（历史数据）"));
	}

	/**
	 * The use case at a moment of the visit, answering for this task as
	 * inspection-service answered the team then: checking, the team may upload and close.
	 */
	private EvidenceService service(Planned planned, Instant at) {
		HistoryLine line = planned.line();
		TaskAccess task = new TaskAccess(line.taskId(), line.agencyId(), planned.region(), line.visitDay(), "CHECKING",
				TaskAccess.Relation.TEAM, new TaskAccess.Rights(true, false, true));
		return new EvidenceService(this.records, this.inspections, this.trail, this.store, this.settings,
				Clock.fixed(at, SHANGHAI), () -> UUID.randomUUID().toString(), this.events, (taskId) -> {
					if (!line.taskId().equals(taskId)) {
						throw new IllegalArgumentException("the history loader answers for " + line.taskId() + " only");
					}
					return task;
				});
	}

	/** The same key on every run: derived from the task and the file's place. */
	static String idempotencyKey(HistoryLine line, HistoryFiles.HistoryFile file) {
		return "history-"
				+ UUID.nameUUIDFromBytes((line.taskId() + "#" + file.index()).getBytes(StandardCharsets.UTF_8));
	}

	private static Instant instant(LocalDateTime local) {
		return local.atZone(SHANGHAI).toInstant().truncatedTo(ChronoUnit.MILLIS);
	}

	/**
	 * A team member as the history names them. Generated inspectors have no login, so the
	 * registry person id stands where a token's subject would.
	 */
	private static Caller member(HistoryLine.Member member, RegionCode region) {
		Role role = "EXPERT".equals(member.kind()) ? Role.EXPERT : Role.INSPECTOR;
		return new Caller(member.personId(), member.name(), Set.of(role), region, null, member.personId());
	}

	private static void require(boolean condition, String reason) {
		if (!condition) {
			throw new RefusedLine(reason);
		}
	}

	/** A line's evidence, checked and ready to write. */
	private record Planned(HistoryLine line, RegionCode region, List<HistoryFiles.HistoryFile> files, List<Caller> team,
			boolean objects) {

	}

}
