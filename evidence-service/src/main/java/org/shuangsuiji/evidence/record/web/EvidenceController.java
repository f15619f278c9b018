package org.shuangsuiji.evidence.record.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;

import org.shuangsuiji.evidence.config.EvidenceProperties;
import org.shuangsuiji.evidence.content.Thumbnails;
import org.shuangsuiji.evidence.record.CloseCommand;
import org.shuangsuiji.evidence.record.EvidenceService;
import org.shuangsuiji.evidence.record.PresignedDownload;
import org.shuangsuiji.evidence.record.UploadCommand;
import org.shuangsuiji.evidence.record.UploadResult;
import org.shuangsuiji.evidence.record.Uploader;
import org.shuangsuiji.evidence.record.Withdrawer;
import org.shuangsuiji.platform.problem.InvalidInputException;
import org.shuangsuiji.platform.problem.PayloadTooLargeException;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.web.problem.BodyValidator;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Evidence uploads and reads. Both upload forms hand the request's own input stream to
 * the service, which streams it to the object store: the file is never in memory nor in a
 * temp file.
 */
@RestController
@RequestMapping("/api/evidence")
public class EvidenceController {

	/**
	 * Room for the form fields and part headers of a multipart upload around the file.
	 */
	private static final long MULTIPART_OVERHEAD = 1024 * 1024;

	private static final int MAX_FIELD_LENGTH = 1024;

	private final EvidenceService evidence;

	private final long maxUploadBytes;

	private final MeterRegistry meters;

	public EvidenceController(EvidenceService evidence, EvidenceProperties properties, MeterRegistry meters) {
		this.evidence = evidence;
		this.maxUploadBytes = properties.maxUploadSize().toBytes();
		this.meters = meters;
	}

	/**
	 * multipart/form-data upload: the fields ({@code kind}; optional {@code region} and
	 * {@code agencyId}, which must be the task's, {@code taskId}, {@code checklistItem})
	 * as query parameters or as form fields before the part named {@code file}; parts
	 * after it are ignored.
	 */
	@PostMapping(path = "/inspections/{inspectionId}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	public ResponseEntity<EvidenceResponse> uploadMultipart(@PathVariable String inspectionId,
			@RequestParam Map<String, String> query,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
			HttpServletRequest request, Caller caller) throws IOException {
		if (request.getContentLengthLong() > this.maxUploadBytes + MULTIPART_OVERHEAD) {
			throw new PayloadTooLargeException("file-too-large",
					"the request is larger than the limit of " + this.maxUploadBytes + " bytes")
				.with("limit", this.maxUploadBytes)
				.with("field", "file");
		}
		Uploader uploader = this.evidence.requireUploader(caller, inspectionId);
		Map<String, String> fields = new HashMap<>(query);
		JakartaServletFileUpload<DiskFileItem, DiskFileItemFactory> parser = new JakartaServletFileUpload<>();
		parser.setHeaderCharset(StandardCharsets.UTF_8);
		try {
			FileItemInputIterator parts = parser.getItemIterator(request);
			while (parts.hasNext()) {
				FileItemInput part = parts.next();
				if (part.isFormField()) {
					fields.put(part.getFieldName(), field(part));
					continue;
				}
				if (!"file".equals(part.getFieldName())) {
					throw new InvalidInputException("invalid-upload", part.getFieldName(),
							"unexpected file part; send the file as the part named 'file'");
				}
				UploadCommand command = command(inspectionId, fields, part.getName(), idempotencyKey);
				try (InputStream file = part.getInputStream()) {
					return respond(this.evidence.upload(uploader, command, file, -1));
				}
			}
		}
		catch (FileUploadException ex) {
			throw new InvalidInputException("malformed-multipart", "file",
					"the multipart body cannot be read: " + ex.getMessage());
		}
		throw new InvalidInputException("invalid-upload", "file", "a part named 'file' is required");
	}

	/**
	 * Raw upload: the request body is the file, the fields are query parameters.
	 */
	@PutMapping(path = "/inspections/{inspectionId}/files/{fileName}")
	public ResponseEntity<EvidenceResponse> uploadRaw(@PathVariable String inspectionId, @PathVariable String fileName,
			@RequestParam Map<String, String> query,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
			HttpServletRequest request, Caller caller) throws IOException {
		Uploader uploader = this.evidence.requireUploader(caller, inspectionId);
		UploadCommand command = command(inspectionId, query, fileName, idempotencyKey);
		try (InputStream file = request.getInputStream()) {
			return respond(this.evidence.upload(uploader, command, file, request.getContentLengthLong()));
		}
	}

	private static UploadCommand command(String inspectionId, Map<String, String> fields, String fileName,
			String idempotencyKey) {
		return UploadCommand.parse(inspectionId, fields.get("taskId"), fields.get("checklistItem"), fields.get("kind"),
				fields.get("region"), fields.get("agencyId"), fileName, idempotencyKey);
	}

	private static String field(FileItemInput part) throws IOException {
		try (InputStream value = part.getInputStream()) {
			byte[] bytes = value.readNBytes(MAX_FIELD_LENGTH + 1);
			if (bytes.length > MAX_FIELD_LENGTH) {
				throw new InvalidInputException("invalid-upload", part.getFieldName(), "is too long");
			}
			return new String(bytes, StandardCharsets.UTF_8);
		}
	}

	private ResponseEntity<EvidenceResponse> respond(UploadResult result) {
		URI location = URI.create("/api/evidence/" + result.record().id());
		EvidenceResponse body = EvidenceResponse.of(result.record());
		if (!result.created()) {
			return ResponseEntity.ok().location(location).header("Idempotent-Replayed", "true").body(body);
		}
		this.meters
			.counter("evidence.upload.stored", "kind", result.record().kind().name(), "type",
					result.record().contentType().name())
			.increment();
		this.meters.summary("evidence.upload.bytes").record(result.record().size());
		return ResponseEntity.created(location).body(body);
	}

	@GetMapping("/{id}")
	public EvidenceResponse get(@PathVariable String id, Caller caller) {
		return EvidenceResponse.of(this.evidence.get(caller, id));
	}

	/** The file streamed through the service, with its recorded hash as ETag. */
	@GetMapping("/{id}/content")
	public ResponseEntity<Resource> content(@PathVariable String id, Caller caller) {
		EvidenceService.Download download = this.evidence.download(caller, id);
		var record = download.record();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(record.contentType().mimeType()))
			.contentLength(record.size())
			.eTag(record.sha256())
			.header("X-Content-SHA256", record.sha256())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(record.downloadName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(new InputStreamResource(download.content()));
	}

	/** A short-lived presigned URL to fetch the file from the object store directly. */
	@GetMapping("/{id}/download-url")
	public DownloadUrlResponse downloadUrl(@PathVariable String id, Caller caller) {
		PresignedDownload download = this.evidence.downloadUrl(caller, id);
		return new DownloadUrlResponse(download.url(), download.expiresAt());
	}

	@GetMapping("/{id}/thumbnail")
	public ResponseEntity<Resource> thumbnail(@PathVariable String id, Caller caller) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(Thumbnails.MIME_TYPE))
			.body(new InputStreamResource(this.evidence.thumbnail(caller, id)));
	}

	@PostMapping("/{id}/withdrawal")
	public EvidenceResponse withdraw(@PathVariable String id, @RequestBody WithdrawRequest request, Caller caller,
			BodyValidator bodies) {
		Withdrawer withdrawer = this.evidence.requireWithdrawer(caller, id);
		bodies.valid(request);
		return EvidenceResponse.of(this.evidence.withdraw(withdrawer, request.reason()));
	}

	@GetMapping("/inspections/{inspectionId}")
	public InspectionEvidenceResponse inspection(@PathVariable String inspectionId, Caller caller) {
		return InspectionEvidenceResponse.of(this.evidence.evidenceOf(caller, inspectionId));
	}

	@GetMapping("/inspections/{inspectionId}/events")
	public List<EventResponse> events(@PathVariable String inspectionId, Caller caller) {
		return this.evidence.events(caller, inspectionId).stream().map(EventResponse::of).toList();
	}

	/**
	 * Records that the inspection is closed and answers the chain's head hash: from then
	 * on nothing can be withdrawn, and only the agency's own kinds can be added.
	 * inspection-service calls this when it closes the task (relaying its caller's
	 * token); whoever inspection-service gives {@code may.closeEvidence} may call it.
	 */
	@PostMapping("/inspections/{inspectionId}/close")
	public InspectionResponse close(@PathVariable String inspectionId,
			@Valid @RequestBody(required = false) CloseRequest request, Caller caller) {
		CloseRequest given = (request != null) ? request : new CloseRequest(null, null, null);
		return InspectionResponse.of(this.evidence.close(caller, inspectionId,
				new CloseCommand(given.region(), given.agencyId(), given.note())));
	}

}
