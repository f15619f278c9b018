package org.shuangsuiji.inspection.disclosure.web;

import java.util.List;

import org.shuangsuiji.inspection.disclosure.DisclosureService;
import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.platform.problem.InvalidInputException;
import org.shuangsuiji.platform.region.RegionCode;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Published results for anyone, without a token (the gateway's public prefix
 * {@code /api/public/**}).
 */
@RestController
class PublicResultController {

	private final DisclosureService disclosure;

	PublicResultController(DisclosureService disclosure) {
		this.disclosure = disclosure;
	}

	/** Of one plan and/or of agencies inside one region, at most 500, by task id. */
	@GetMapping("/api/public/inspections/results")
	List<PublishedResultView> results(@RequestParam(required = false) String plan,
			@RequestParam(required = false) String region) {
		RegionCode regionCode = (region != null) ? RegionCode.parse(region)
			.orElseThrow(() -> new InvalidInputException("region-invalid", "region", "must be a six-digit region code"))
				: null;
		return this.disclosure.published((plan != null) ? new PlanId(plan) : null, regionCode)
			.stream()
			.map(PublishedResultView::of)
			.toList();
	}

}
