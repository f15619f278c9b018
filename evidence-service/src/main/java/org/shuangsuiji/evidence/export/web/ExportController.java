package org.shuangsuiji.evidence.export.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.shuangsuiji.evidence.export.EvidenceExporter;
import org.shuangsuiji.evidence.record.EvidenceEvent;
import org.shuangsuiji.evidence.record.EvidenceRecord;
import org.shuangsuiji.evidence.record.EvidenceService;
import org.shuangsuiji.evidence.record.Inspection;
import org.shuangsuiji.evidence.record.Person;
import org.shuangsuiji.platform.security.Caller;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * One inspection's evidence as a zip, streamed straight from the object store into the
 * response.
 */
@RestController
public class ExportController {

	private final EvidenceService evidence;

	private final EvidenceExporter exporter;

	private final Clock clock;

	public ExportController(EvidenceService evidence, EvidenceExporter exporter, Clock clock) {
		this.evidence = evidence;
		this.exporter = exporter;
		this.clock = clock;
	}

	@GetMapping("/api/evidence/inspections/{inspectionId}/export")
	public void export(@PathVariable String inspectionId, Caller caller, HttpServletResponse response)
			throws IOException {
		EvidenceService.InspectionEvidence evidence = this.evidence.evidenceOf(caller, inspectionId);
		Inspection inspection = evidence.inspection();
		List<EvidenceRecord> chain = evidence.chain();
		this.exporter.requireComplete(chain);
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		this.evidence.record(EvidenceEvent.Type.EXPORTED, inspectionId, caller,
				Map.of("records", Integer.toString(chain.size())));
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("evidence-" + inspectionId.replace(':', '_') + ".zip")
					.build()
					.toString());
		this.exporter.write(inspection, chain, Person.of(caller), now, response.getOutputStream());
		response.flushBuffer();
	}

}
