package org.shuangsuiji.scoring.template.web;

import java.util.List;

import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.scoring.template.TemplateCatalog;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The templates for anyone, without login (一公开): read-only. */
@RestController
@RequestMapping("/api/public/scoring/templates")
class PublicTemplateController {

	private final TemplateCatalog catalog;

	PublicTemplateController(TemplateCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	List<TemplateSummary> list(@RequestParam(required = false) String appliesTo,
			@RequestParam(required = false) Integer year) {
		RegionCode region = (appliesTo != null) ? RegionCode.of(appliesTo) : null;
		return this.catalog.list(region, year).stream().map(TemplateSummary::of).toList();
	}

	@GetMapping("/{templateId}")
	TemplateResponse latest(@PathVariable String templateId) {
		return TemplateResponse.of(this.catalog.latest(templateId));
	}

	@GetMapping("/{templateId}/versions/{version}")
	TemplateResponse version(@PathVariable String templateId, @PathVariable int version) {
		return TemplateResponse.of(this.catalog.get(templateId, version));
	}

}
