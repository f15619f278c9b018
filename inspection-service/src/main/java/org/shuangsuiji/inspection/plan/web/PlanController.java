package org.shuangsuiji.inspection.plan.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.shuangsuiji.inspection.plan.ManagedPlan;
import org.shuangsuiji.inspection.plan.PlanAccess;
import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.inspection.plan.PlanStatus;
import org.shuangsuiji.inspection.plan.PlanService;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.web.problem.BodyValidator;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Plans for signed-in users. Writing is for the city or province bureau of the plan's own
 * region; reading follows {@link org.shuangsuiji.inspection.plan.PlanAccess}.
 */
@RestController
@RequestMapping("/api/inspections/plans")
class PlanController {

	private final PlanService plans;

	PlanController(PlanService plans) {
		this.plans = plans;
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('city','province')")
	ResponseEntity<PlanResponse> create(Caller caller, @RequestBody PlanRequest request, BodyValidator bodies) {
		// the door before the body: the region the plan will belong to, when named
		if (request.region() != null) {
			RegionCode.parse(request.region()).ifPresent((region) -> PlanAccess.requireManage(caller, region));
		}
		bodies.valid(request);
		PlanResponse created = PlanResponse.of(this.plans.create(caller, request.toTerms()));
		return ResponseEntity.created(URI.create("/api/inspections/plans/" + created.id())).body(created);
	}

	@GetMapping
	List<PlanResponse> list(Caller caller, @RequestParam(required = false) Integer year) {
		return this.plans.list(caller, year).stream().map(PlanResponse::of).toList();
	}

	@GetMapping("/{id}")
	PlanResponse get(Caller caller, @PathVariable String id) {
		return PlanResponse.of(this.plans.get(caller, new PlanId(id)));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAnyRole('city','province')")
	PlanResponse revise(Caller caller, @PathVariable String id, @RequestBody PlanRequest request,
			BodyValidator bodies) {
		ManagedPlan plan = this.plans.requireManage(caller, new PlanId(id));
		bodies.valid(request);
		return PlanResponse.of(this.plans.revise(plan, request.toTerms()));
	}

	/** Publishes a draft: the bureau above and the public see it from now on. */
	@PostMapping("/{id}/publish")
	@PreAuthorize("hasAnyRole('city','province')")
	PlanResponse publish(Caller caller, @PathVariable String id) {
		return PlanResponse.of(this.plans.publish(caller, new PlanId(id)));
	}

	/** Moves a drawn plan on to IN_PROGRESS, then CLOSED, then DISCLOSED. */
	@PutMapping("/{id}/status")
	@PreAuthorize("hasAnyRole('city','province')")
	PlanResponse advance(Caller caller, @PathVariable String id, @RequestBody StatusRequest request,
			BodyValidator bodies) {
		ManagedPlan plan = this.plans.requireManage(caller, new PlanId(id));
		bodies.valid(request);
		return PlanResponse.of(this.plans.advance(plan, request.status()));
	}

	/** The status to move to. */
	record StatusRequest(@NotNull PlanStatus status) {
	}

}
