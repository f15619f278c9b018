package org.shuangsuiji.registry.importing.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.shuangsuiji.platform.problem.InvalidInputException;
import org.shuangsuiji.platform.problem.NotFoundException;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.registry.importing.ExportService;
import org.shuangsuiji.registry.importing.ImportKind;
import org.shuangsuiji.registry.importing.ImportReport;
import org.shuangsuiji.registry.importing.ImportService;
import org.shuangsuiji.platform.tables.TableFormat;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Import (multipart {@code file}, .xlsx or .csv; {@code dryRun=true} only checks) and
 * export of agencies, appraisers, inspectors and experts.
 */
@RestController
public class ImportController {

	private final ImportService imports;

	private final ExportService exports;

	public ImportController(ImportService imports, ExportService exports) {
		this.imports = imports;
		this.exports = exports;
	}

	@PostMapping(path = "/api/registry/imports/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ImportReport importFile(Caller caller, @PathVariable String kind,
			@RequestPart(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun) {
		// the door before the body: only a bureau imports (the service checks it again)
		caller.requireBureau();
		if (file == null || file.isEmpty()) {
			throw new InvalidInputException("invalid-input", "file", "a non-empty file part named 'file' is required");
		}
		try {
			return this.imports.importFile(caller, kind(kind), file.getOriginalFilename(), file.getContentType(),
					file.getBytes(), dryRun);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@GetMapping("/api/registry/exports/{kind}")
	ResponseEntity<byte[]> export(Caller caller, @PathVariable String kind,
			@RequestParam(defaultValue = "xlsx") String format, @RequestParam(required = false) RegionCode region) {
		ImportKind what = kind(kind);
		TableFormat tableFormat = TableFormat.fromName(format)
			.orElseThrow(() -> new InvalidInputException("invalid-input", "format", "xlsx or csv"));
		byte[] body = this.exports.export(caller, what, tableFormat, region);
		return ResponseEntity.ok()
			.contentType(MediaType
				.parseMediaType(tableFormat.mediaType() + ((tableFormat == TableFormat.CSV) ? ";charset=UTF-8" : "")))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(what.path() + "." + tableFormat.extension())
						.build()
						.toString())
			.body(body);
	}

	private static ImportKind kind(String path) {
		return ImportKind.fromPath(path)
			.orElseThrow(() -> new NotFoundException(
					"nothing to import or export as '" + path + "' (agencies, appraisers, inspectors, experts)"));
	}

}
