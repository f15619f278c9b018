package org.shuangsuiji.inspection.plan.web;

import java.util.List;

import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.inspection.plan.PlanService;
import org.shuangsuiji.platform.problem.InvalidInputException;
import org.shuangsuiji.platform.region.RegionCode;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Published plans for everyone, without login (一公开). */
@RestController
@RequestMapping("/api/public/inspections/plans")
class PublicPlanController {

	private final PlanService plans;

	PublicPlanController(PlanService plans) {
		this.plans = plans;
	}

	@GetMapping
	List<PlanResponse> list(@RequestParam(required = false) String region,
			@RequestParam(required = false) Integer year) {
		// Parsed here, not by a Converter: Spring would wrap the converter's exception
		// and
		// answer with the generic validation problem instead of region-invalid.
		RegionCode within = (region != null) ? RegionCode.parse(region)
			.orElseThrow(
					() -> new InvalidInputException("region-invalid", "region", "must be a six-digit GB/T 2260 code"))
				: null;
		return this.plans.listPublished(within, year).stream().map(PlanResponse::publicView).toList();
	}

	@GetMapping("/{id}")
	PlanResponse get(@PathVariable String id) {
		return PlanResponse.publicView(this.plans.getPublished(new PlanId(id)));
	}

}
