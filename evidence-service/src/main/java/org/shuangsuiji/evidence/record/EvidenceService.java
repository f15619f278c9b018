package org.shuangsuiji.evidence.record;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.shuangsuiji.evidence.content.CaptureMetadata;
import org.shuangsuiji.evidence.content.ContentType;
import org.shuangsuiji.evidence.content.EvidenceStream;
import org.shuangsuiji.evidence.content.ExifReader;
import org.shuangsuiji.evidence.content.Sha256;
import org.shuangsuiji.evidence.content.Thumbnails;
import org.shuangsuiji.evidence.content.TooManyPixelsException;
import org.shuangsuiji.evidence.inspection.InspectionTasks;
import org.shuangsuiji.evidence.inspection.TaskAccess;
import org.shuangsuiji.evidence.record.EvidenceAccess.UploadRight;
import org.shuangsuiji.evidence.storage.ObjectStore;
import org.shuangsuiji.evidence.storage.ObjectStoreWriteFailedException;
import org.shuangsuiji.platform.event.DomainEvents;
import org.shuangsuiji.platform.problem.ConflictException;
import org.shuangsuiji.platform.problem.InvalidInputException;
import org.shuangsuiji.platform.problem.NotFoundException;
import org.shuangsuiji.platform.problem.PayloadTooLargeException;
import org.shuangsuiji.platform.problem.RuleViolationException;
import org.shuangsuiji.platform.problem.UnsupportedMediaException;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Caller;

/**
 * The evidence rules in one place: ask inspection-service what the caller may do with the
 * task before anything else (ADR 0404); store the bytes first and the record after, so
 * there is never a record without its object; append to the inspection's hash chain;
 * refuse what is too large, of an unknown type, out of scope or too late.
 */
public class EvidenceService {

	private static final int MAX_APPEND_ATTEMPTS = 20;

	private final EvidenceRecords records;

	private final Inspections inspections;

	private final EvidenceEvents trail;

	private final ObjectStore store;

	private final EvidenceSettings settings;

	private final Clock clock;

	private final Supplier<String> ids;

	private final DomainEvents events;

	private final InspectionTasks tasks;

	/**
	 * @param trail the audit trail, read here; entries are written by a listener of the
	 * {@link EvidenceEvent}s published to {@code events}
	 * @param tasks inspection-service's answer on each task and caller, asked before
	 * every read and write
	 */
	public EvidenceService(EvidenceRecords records, Inspections inspections, EvidenceEvents trail, ObjectStore store,
			EvidenceSettings settings, Clock clock, Supplier<String> ids, DomainEvents events, InspectionTasks tasks) {
		this.tasks = tasks;
		this.records = records;
		this.inspections = inspections;
		this.trail = trail;
		this.events = events;
		this.store = store;
		this.settings = settings;
		this.clock = clock;
		this.ids = ids;
	}

	/**
	 * The door of an upload, checked before its fields: the task's team or its agency
	 * (403 for others, 404 for an unknown task). A malformed id names no task: the upload
	 * then fails on its fields, every one named (400). Answers the task as
	 * inspection-service described it, for {@link #upload}.
	 */
	public Uploader requireUploader(Caller caller, String inspectionId) {
		if (!UploadCommand.isInspectionId(inspectionId)) {
			return new Uploader(caller, inspectionId, null);
		}
		TaskAccess task = this.tasks.access(inspectionId);
		EvidenceAccess.requireUploader(caller, task);
		return new Uploader(caller, inspectionId, task);
	}

	/**
	 * Streams {@code body} to the store and records it (ADR 0300, 0301, 0302, 0404):
	 * check the caller's right on the task its door read before a byte is stored, bind
	 * the command to the task's agency and region, store the bytes under a fresh key
	 * while hashing and sniffing them, then chain the record with its flags; an object
	 * that never became evidence is removed again.
	 * @param declaredLength the request's Content-Length, or -1 when unknown (chunked, or
	 * a multipart part)
	 */
	public UploadResult upload(Uploader uploader, UploadCommand request, InputStream body, long declaredLength) {
		Caller caller = uploader.caller();
		TaskAccess task = uploader.task(request.inspectionId());
		UploadRight right = EvidenceAccess.requireUpload(caller, task, request.kind());
		UploadCommand command = request.boundTo(task);
		String scopedKey = (command.idempotencyKey() != null) ? caller.userId() + ":" + command.idempotencyKey() : null;
		Optional<EvidenceRecord> earlier = (scopedKey != null) ? this.records.findByIdempotencyKey(scopedKey)
				: Optional.empty();
		if (earlier.isPresent()) {
			return replay(earlier.get(), command);
		}
		requireWithinLimit(declaredLength);
		requireOpenFor(command, right);
		StoredUpload stored = storeStreaming(command, body);
		List<EvidenceFlag> flags = CaptureDayPolicy.flags(command.kind(), stored.capture(), task.inspectionDate());
		UploadResult result = chainOrDiscard(caller, command, stored, flags, scopedKey);
		if (result.created()) {
			closeIfClosedMeanwhile(command.inspectionId());
			this.events.publish(uploaded(result.record()));
		}
		return result;
	}

	/** A declared length over the limit is refused before a byte is read. */
	private void requireWithinLimit(long declaredLength) {
		if (declaredLength > this.settings.maxUploadBytes()) {
			throw tooLarge();
		}
	}

	/**
	 * The inspection is registered with its task's agency and region on its first upload;
	 * one registered before (by an upload that named its own) must agree with the task,
	 * and a closed inspection accepts only what the agency files after closing (ADR 0303,
	 * 0304).
	 */
	private void requireOpenFor(UploadCommand command, UploadRight right) {
		Inspection inspection = this.inspections.register(command.inspectionId(), command.region(), command.agencyId());
		if (!inspection.region().equals(command.region()) || !inspection.agencyId().equals(command.agencyId())) {
			throw new RuleViolationException("inspection-agency-mismatch",
					"inspection " + inspection.id() + " belongs to agency " + inspection.agencyId() + " in region "
							+ inspection.region())
				.with("field", (inspection.agencyId().equals(command.agencyId())) ? "region" : "agencyId");
		}
		if (inspection.closed() && right != UploadRight.AGENCY) {
			throw new RuleViolationException("inspection-closed", "inspection " + inspection.id()
					+ " is closed; only the agency's FEEDBACK_FORM, SIGNED_FACT_SHEET and RECTIFICATION_PROOF are accepted now")
				.with("field", "kind");
		}
	}

	/**
	 * Streams the bytes to a fresh key: the first bytes decide the type before anything
	 * is stored, the hash and size are counted on the way, and the limit stops the stream
	 * as soon as it is passed (ADR 0302). The capture metadata comes from the kept head.
	 */
	private StoredUpload storeStreaming(UploadCommand command, InputStream body) {
		EvidenceStream stream = open(body);
		ContentType type = sniff(stream);
		String id = this.ids.get();
		String key = ObjectKeys.evidence(command, id);
		try {
			this.store.put(key, stream, type.mimeType());
		}
		catch (ObjectStoreWriteFailedException ex) {
			throw whyTheWriteFailed(stream, ex);
		}
		return new StoredUpload(id, key, type, stream.size(), stream.sha256(), ExifReader.read(stream.head(), type));
	}

	private static ContentType sniff(EvidenceStream stream) {
		if (stream.isEmpty()) {
			throw new InvalidInputException("empty-file", "file", "the file is empty");
		}
		return stream.contentType()
			.orElseThrow(() -> new UnsupportedMediaException("unsupported-content",
					"the file's bytes are none of JPEG, PNG, HEIC/HEIF, WebP, TIFF, PDF, MP4 or MOV")
				.with("field", "file"));
	}

	/** A write the stream broke off is the client's fault (413, 400), not the store's. */
	private RuntimeException whyTheWriteFailed(EvidenceStream stream, ObjectStoreWriteFailedException ex) {
		if (stream.limitExceeded()) {
			return tooLarge();
		}
		if (stream.sourceFailed()) {
			return new InvalidInputException("upload-interrupted", "file",
					"the upload ended before the end of the file");
		}
		return ex;
	}

	/**
	 * Chains the record of a stored object; an object whose record cannot be written
	 * never became evidence and is removed again (ADR 0300).
	 */
	private UploadResult chainOrDiscard(Caller caller, UploadCommand command, StoredUpload stored,
			List<EvidenceFlag> flags, String scopedKey) {
		try {
			return new UploadResult(appendToChain(caller, command, stored, flags, scopedKey), true);
		}
		catch (IdempotentReplayException replay) {
			// A concurrent retry won.
			discard(stored.key());
			return replay(replay.existing(), command);
		}
		catch (RuntimeException ex) {
			discard(stored.key());
			throw ex;
		}
	}

	private static EvidenceEvent uploaded(EvidenceRecord record) {
		return new EvidenceEvent(EvidenceEvent.Type.UPLOADED, record.inspectionId(), record.id(), record.uploadedBy(),
				record.uploadedAt(),
				Map.of("kind", record.kind().name(), "sha256", record.sha256(), "size", Long.toString(record.size())));
	}

	/** A closing that raced with this upload must still cover the new record. */
	private void closeIfClosedMeanwhile(String inspectionId) {
		if (this.inspections.find(inspectionId).map(Inspection::closed).orElse(false)) {
			this.records.closeAll(inspectionId);
		}
	}

	private EvidenceStream open(InputStream body) {
		try {
			return new EvidenceStream(body, this.settings.maxUploadBytes());
		}
		catch (IOException ex) {
			throw new InvalidInputException("upload-interrupted", "file", "the upload ended before the file began");
		}
	}

	/**
	 * Links the record after the inspection's current head (ADR 0301); when another
	 * upload takes the position first, links after that one.
	 */
	private EvidenceRecord appendToChain(Caller caller, UploadCommand command, StoredUpload stored,
			List<EvidenceFlag> flags, String scopedKey) {
		for (int attempt = 0; attempt < MAX_APPEND_ATTEMPTS; attempt++) {
			Optional<EvidenceRecord> head = this.records.last(command.inspectionId());
			long sequence = head.map((last) -> last.sequence() + 1).orElse(1L);
			String previousHash = head.map(EvidenceRecord::recordHash).orElse(Sha256.ZERO);
			EvidenceRecord record = EvidenceRecord
				.seal(stored.id(), command, Person.of(caller), stored.key(), stored.type(), stored.size(),
						stored.sha256(), stored.capture(), now(), sequence, previousHash)
				.withFlags(flags);
			try {
				this.records.append(record, (scopedKey != null) ? scopedKey : "record:" + stored.id());
				return record;
			}
			catch (ChainPositionTakenException ex) {
				// Another upload to the same inspection came first; link after it.
			}
		}
		throw new ConflictException("chain-busy",
				"too many simultaneous uploads to inspection " + command.inspectionId() + "; retry");
	}

	private UploadResult replay(EvidenceRecord earlier, UploadCommand command) {
		if (!earlier.inspectionId().equals(command.inspectionId())) {
			throw new ConflictException("idempotency-key-reused",
					"this Idempotency-Key was used for an upload to inspection " + earlier.inspectionId())
				.with("field", "Idempotency-Key");
		}
		return new UploadResult(earlier, false);
	}

	private void discard(String key) {
		try {
			this.store.removeUnreferenced(key);
		}
		catch (RuntimeException ex) {
			// Reconciliation reports the object if the store refuses now.
		}
	}

	private PayloadTooLargeException tooLarge() {
		PayloadTooLargeException problem = new PayloadTooLargeException("file-too-large",
				"the file is larger than the limit of " + this.settings.maxUploadBytes() + " bytes");
		problem.with("limit", this.settings.maxUploadBytes()).with("field", "file");
		return problem;
	}

	/** The record, if inspection-service lets the caller read its task's evidence. */
	public EvidenceRecord get(Caller caller, String id) {
		return readable(caller, id).record();
	}

	private ReadableRecord readable(Caller caller, String id) {
		EvidenceRecord record = this.records.find(id)
			.orElseThrow(() -> new NotFoundException("evidence-not-found", "no evidence " + id));
		TaskAccess task = this.tasks.access(record.inspectionId());
		EvidenceAccess.requireRead(caller, task);
		return new ReadableRecord(record, task);
	}

	/**
	 * The inspection, if the caller may read its evidence: a task without evidence yet is
	 * an open inspection with an empty chain.
	 */
	public Inspection readableInspection(Caller caller, String inspectionId) {
		UploadCommand.requireInspectionId(inspectionId);
		TaskAccess task = this.tasks.access(inspectionId);
		EvidenceAccess.requireRead(caller, task);
		return this.inspections.find(inspectionId)
			.orElseGet(() -> new Inspection(inspectionId, task.agencyRegion(), task.agencyId(), null));
	}

	/** Every record of the inspection in chain order, withdrawn ones included. */
	public List<EvidenceRecord> list(Caller caller, String inspectionId) {
		return evidenceOf(caller, inspectionId).chain();
	}

	/** The inspection and its chain, asking inspection-service once. */
	public InspectionEvidence evidenceOf(Caller caller, String inspectionId) {
		Inspection inspection = readableInspection(caller, inspectionId);
		return new InspectionEvidence(inspection, this.records.chain(inspectionId));
	}

	/** The events of the inspection's audit trail. */
	public List<EvidenceEvent> events(Caller caller, String inspectionId) {
		readableInspection(caller, inspectionId);
		return this.trail.of(inspectionId);
	}

	/** Opens the evidence bytes for streaming through the service. */
	public Download download(Caller caller, String id) {
		EvidenceRecord record = get(caller, id);
		InputStream content = this.store.open(record.objectKey()).orElseThrow(() -> objectMissing(record));
		record(EvidenceEvent.Type.DOWNLOADED, record, caller, Map.of());
		return new Download(record, content);
	}

	/** A short-lived URL to fetch the bytes from the store directly. */
	public PresignedDownload downloadUrl(Caller caller, String id) {
		EvidenceRecord record = get(caller, id);
		Instant expiresAt = now().plus(this.settings.downloadUrlValidity());
		String url = this.store.presignedGetUrl(record.objectKey(), this.settings.downloadUrlValidity(),
				record.downloadName());
		record(EvidenceEvent.Type.DOWNLOAD_URL_ISSUED, record, caller, Map.of("expiresAt", expiresAt.toString()));
		return new PresignedDownload(url, expiresAt);
	}

	/**
	 * The JPEG thumbnail of a JPEG or PNG photo, rendered on first request and kept as
	 * its own object.
	 */
	public InputStream thumbnail(Caller caller, String id) {
		EvidenceRecord record = get(caller, id);
		if (!record.contentType().thumbnailable()) {
			throw new NotFoundException("thumbnail-unavailable",
					"thumbnails exist for JPEG and PNG photos, not for " + record.contentType().mimeType());
		}
		String key = ObjectKeys.thumbnail(record);
		Optional<InputStream> stored = this.store.open(key);
		if (stored.isPresent()) {
			return stored.get();
		}
		byte[] thumbnail;
		try (InputStream original = this.store.open(record.objectKey()).orElseThrow(() -> objectMissing(record))) {
			thumbnail = Thumbnails.render(original);
		}
		catch (TooManyPixelsException ex) {
			throw new RuleViolationException("thumbnail-too-large",
					"the photo " + record.id() + " declares " + ex.width() + " × " + ex.height()
							+ " pixels; thumbnails are rendered for photos of at most " + ex.limit() / 1_000_000
							+ " megapixels (" + ex.limit() + " pixels)");
		}
		catch (IOException ex) {
			throw new RuleViolationException("thumbnail-unavailable",
					"the photo " + record.id() + " cannot be decoded: " + ex.getMessage());
		}
		this.store.put(key, thumbnail, Thumbnails.MIME_TYPE);
		return new ByteArrayInputStream(thumbnail);
	}

	/**
	 * The door of a withdrawal, checked before its reason: the uploader while still
	 * allowed, or a bureau covering the task (403 for others). Answers the record as
	 * read, for {@link #withdraw}.
	 */
	public Withdrawer requireWithdrawer(Caller caller, String id) {
		ReadableRecord readable = readable(caller, id);
		EvidenceAccess.requireWithdraw(caller, readable.task(), readable.record());
		return new Withdrawer(caller, readable.record());
	}

	/**
	 * Withdraws the door's evidence before its inspection closes; the object and the
	 * record stay.
	 */
	public EvidenceRecord withdraw(Withdrawer withdrawer, String reason) {
		Caller caller = withdrawer.caller();
		EvidenceRecord record = withdrawer.subject();
		String id = record.id();
		if (reason == null || reason.isBlank() || reason.length() > 500) {
			throw new InvalidInputException("invalid-withdrawal", "reason",
					"a reason of 1 to 500 characters is required");
		}
		if (this.inspections.find(record.inspectionId()).map(Inspection::closed).orElse(false)) {
			throw closedForWithdrawal(record);
		}
		Withdrawal withdrawal = new Withdrawal(Person.of(caller), now(), reason.strip());
		return switch (this.records.withdraw(id, withdrawal)) {
			case WITHDRAWN -> {
				record(EvidenceEvent.Type.WITHDRAWN, record, caller, Map.of("reason", withdrawal.reason()));
				yield record.withWithdrawal(withdrawal);
			}
			case ALREADY_WITHDRAWN ->
				throw new ConflictException("already-withdrawn", "evidence " + id + " was withdrawn already");
			case CLOSED -> throw closedForWithdrawal(record);
			case NOT_FOUND -> throw new NotFoundException("evidence-not-found", "no evidence " + id);
		};
	}

	private static RuleViolationException closedForWithdrawal(EvidenceRecord record) {
		return new RuleViolationException("inspection-closed",
				"inspection " + record.inspectionId() + " is closed; its evidence can no longer be withdrawn");
	}

	/**
	 * Records that the inspection is closed, with the chain's head at that moment (ADR
	 * 0404). Repeating it is harmless and answers the first closing: inspection-service
	 * may retry.
	 */
	public Inspection close(Caller caller, String inspectionId, CloseCommand command) {
		UploadCommand.requireInspectionId(inspectionId);
		if (command.note() != null && command.note().length() > 500) {
			throw new InvalidInputException("invalid-close", "note", "must be at most 500 characters");
		}
		RegionCode region = null;
		if (command.region() != null && !command.region().isBlank()) {
			region = RegionCode.parse(command.region().strip())
				.orElseThrow(() -> new InvalidInputException("invalid-close", "region",
						"must be a six-digit GB/T 2260 region code"));
		}
		TaskAccess task = this.tasks.access(inspectionId);
		EvidenceAccess.requireClose(task);
		UploadCommand.requireAgrees(task, region, blankToNull(command.agencyId()));
		Inspection known = this.inspections.register(inspectionId, task.agencyRegion(), task.agencyId());
		if (known.closed()) {
			this.records.closeAll(inspectionId);
			return known;
		}
		Optional<EvidenceRecord> head = this.records.last(inspectionId);
		Closure closure = new Closure(Person.of(caller), now(), blankToNull(command.note()),
				head.map(EvidenceRecord::recordHash).orElse(Sha256.ZERO),
				head.map(EvidenceRecord::sequence).orElse(0L));
		Inspection closed = this.inspections.close(inspectionId, closure);
		this.records.closeAll(inspectionId);
		if (closure.equals(closed.closure())) {
			Map<String, String> details = new LinkedHashMap<>();
			details.put("headHash", closure.headHash());
			details.put("headSequence", Long.toString(closure.headSequence()));
			if (closure.note() != null) {
				details.put("note", closure.note());
			}
			this.events.publish(new EvidenceEvent(EvidenceEvent.Type.INSPECTION_CLOSED, inspectionId, null,
					closure.by(), closure.at(), details));
		}
		return closed;
	}

	/**
	 * Announces a read that the audit trail keeps (downloads, exports, verifications).
	 */
	public void record(EvidenceEvent.Type type, EvidenceRecord record, Caller caller, Map<String, String> details) {
		this.events
			.publish(new EvidenceEvent(type, record.inspectionId(), record.id(), Person.of(caller), now(), details));
	}

	/** Announces an inspection-wide read that the audit trail keeps. */
	public void record(EvidenceEvent.Type type, String inspectionId, Caller caller, Map<String, String> details) {
		this.events.publish(new EvidenceEvent(type, inspectionId, null, Person.of(caller), now(), details));
	}

	private static NotFoundException objectMissing(EvidenceRecord record) {
		return new NotFoundException("object-missing", "the stored file of evidence " + record.id()
				+ " is missing from the object store; run the inspection's verification");
	}

	private Instant now() {
		// Mongo keeps milliseconds; the hash must cover what is stored.
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** Evidence bytes on their way to the caller; the caller closes the stream. */
	public record Download(EvidenceRecord record, InputStream content) {
	}

	/** An inspection's evidence: what is known of it and its chain in order. */
	public record InspectionEvidence(Inspection inspection, List<EvidenceRecord> chain) {
	}

	private record ReadableRecord(EvidenceRecord record, TaskAccess task) {
	}

	/** An object written and confirmed by the store, not yet evidence. */
	private record StoredUpload(String id, String key, ContentType type, long size, String sha256,
			CaptureMetadata capture) {
	}

}
