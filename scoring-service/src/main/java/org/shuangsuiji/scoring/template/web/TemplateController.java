package org.shuangsuiji.scoring.template.web;

import java.net.URI;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.JsonNode;

import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.scoring.template.StoredTemplate;
import org.shuangsuiji.scoring.template.TemplateCatalog;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Templates: every signed-in role reads them, and anyone reads the latest and single
 * versions without login under {@code /api/public} (一公开); a province or city bureau
 * creates them and their new versions within its region, and changes a version only while
 * no sheet uses it.
 */
@RestController
class TemplateController {

	private static final String API = "/api/scoring/templates";

	private static final String PUBLIC = "/api/public/scoring/templates";

	private final TemplateCatalog catalog;

	private final TemplateBodies bodies;

	private final MeterRegistry meters;

	TemplateController(TemplateCatalog catalog, TemplateBodies bodies, MeterRegistry meters) {
		this.catalog = catalog;
		this.bodies = bodies;
		this.meters = meters;
	}

	/**
	 * The latest version of each template, optionally those applying to a region and a
	 * year.
	 */
	@GetMapping({ API, PUBLIC })
	List<TemplateSummary> list(@RequestParam(required = false) String appliesTo,
			@RequestParam(required = false) Integer year) {
		RegionCode region = (appliesTo != null) ? RegionCode.of(appliesTo) : null;
		return this.catalog.list(region, year).stream().map(TemplateSummary::of).toList();
	}

	/** The latest version of a template. */
	@GetMapping({ API + "/{templateId}", PUBLIC + "/{templateId}" })
	TemplateResponse latest(@PathVariable String templateId) {
		return TemplateResponse.of(this.catalog.latest(templateId));
	}

	@GetMapping(API + "/{templateId}/versions")
	List<TemplateSummary> versions(@PathVariable String templateId) {
		return this.catalog.versions(templateId).stream().map(TemplateSummary::of).toList();
	}

	/** One version; inspection-service reads this. */
	@GetMapping({ API + "/{templateId}/versions/{version}", PUBLIC + "/{templateId}/versions/{version}" })
	TemplateResponse version(@PathVariable String templateId, @PathVariable int version) {
		return TemplateResponse.of(this.catalog.get(templateId, version));
	}

	@PostMapping(API)
	ResponseEntity<TemplateResponse> create(Caller caller, @RequestBody JsonNode body) {
		StoredTemplate created = this.catalog.create(caller, this.bodies.read(body));
		this.meters.counter("scoring.template.created").increment();
		return created(created);
	}

	@PostMapping(API + "/{templateId}/versions")
	ResponseEntity<TemplateResponse> newVersion(Caller caller, @PathVariable String templateId,
			@RequestBody JsonNode body) {
		StoredTemplate created = this.catalog.newVersion(caller, templateId, this.bodies.read(body));
		this.meters.counter("scoring.template.created").increment();
		return created(created);
	}

	@PutMapping(API + "/{templateId}/versions/{version}")
	TemplateResponse update(Caller caller, @PathVariable String templateId, @PathVariable int version,
			@RequestBody JsonNode body) {
		return TemplateResponse.of(this.catalog.update(caller, templateId, version, this.bodies.read(body)));
	}

	private static ResponseEntity<TemplateResponse> created(StoredTemplate stored) {
		URI location = URI
			.create(API + "/" + stored.template().templateId() + "/versions/" + stored.template().version());
		return ResponseEntity.created(location).body(TemplateResponse.of(stored));
	}

}
