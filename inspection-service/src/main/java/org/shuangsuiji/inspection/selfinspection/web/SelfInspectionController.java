package org.shuangsuiji.inspection.selfinspection.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.inspection.selfinspection.AgencySelfInspection;
import org.shuangsuiji.inspection.selfinspection.SelfInspection;
import org.shuangsuiji.inspection.selfinspection.SelfInspectionOverview;
import org.shuangsuiji.inspection.selfinspection.SelfInspectionService;
import org.shuangsuiji.platform.security.Caller;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** 自查报告: submitted by the agencies of a plan's scope, overseen by the organiser. */
@RestController
class SelfInspectionController {

	private final SelfInspectionService reports;

	SelfInspectionController(SelfInspectionService reports) {
		this.reports = reports;
	}

	@PostMapping("/api/inspections/plans/{planId}/self-inspections")
	ResponseEntity<SelfInspection> submit(Caller caller, @PathVariable String planId,
			@Valid @RequestBody SelfInspectionRequest request) {
		SelfInspection report = this.reports.submit(caller, new PlanId(planId), request.summary(),
				(request.items() != null) ? request.items() : List.of(),
				(request.evidenceIds() != null) ? request.evidenceIds() : List.of());
		return ResponseEntity.created(URI.create("/api/inspections/plans/" + planId + "/self-inspections/mine"))
			.body(report);
	}

	@GetMapping("/api/inspections/plans/{planId}/self-inspections/mine")
	SelfInspection mine(Caller caller, @PathVariable String planId) {
		return this.reports.mine(caller, new PlanId(planId));
	}

	/**
	 * The agency's list: every published plan of its region asking for a report, with the
	 * due date and whether its report is in, late, open or missing.
	 */
	@GetMapping("/api/inspections/self-inspections/mine")
	List<AgencySelfInspection> plansOfMine(Caller caller) {
		return this.reports.plansOf(caller);
	}

	/**
	 * The reports in, with the late ones marked and the drawn agencies that have none.
	 */
	@GetMapping("/api/inspections/plans/{planId}/self-inspections")
	SelfInspectionOverview overview(Caller caller, @PathVariable String planId) {
		return this.reports.overview(caller, new PlanId(planId));
	}

	/** The report: a summary, findings and measures per checklist item, evidence ids. */
	record SelfInspectionRequest(@Size(max = 4000) String summary, @Size(max = 200) List<SelfInspection.Item> items,
			@Size(max = 50) List<String> evidenceIds) {
	}

}
