package org.shuangsuiji.registry.agency.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.registry.agency.AgencyQuery;
import org.shuangsuiji.registry.agency.AgencyService;
import org.shuangsuiji.registry.agency.AgencyStatus;
import org.shuangsuiji.registry.agency.FlagKind;
import org.shuangsuiji.registry.agency.Penalty;
import org.shuangsuiji.registry.history.ChangeResponse;
import org.shuangsuiji.registry.input.Categories;
import org.shuangsuiji.registry.input.Page;
import org.shuangsuiji.registry.input.PageRequest;
import org.shuangsuiji.registry.region.RegionTree;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Agencies: search, read, register, replace the profile, status, penalties, party
 * building.
 */
@RestController
@RequestMapping("/api/registry/agencies")
public class AgencyController {

	private final AgencyService agencies;

	private final RegionTree tree;

	public AgencyController(AgencyService agencies, RegionTree tree) {
		this.agencies = agencies;
		this.tree = tree;
	}

	@GetMapping
	Page<AgencyResponse.Summary> search(Caller caller, @RequestParam(required = false) String name,
			@RequestParam(name = "category", required = false) List<BusinessCategory> categories,
			@RequestParam(required = false) AgencyStatus status, @RequestParam(required = false) RegionCode region,
			@RequestParam(required = false) FlagKind flag, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
		AgencyQuery query = new AgencyQuery(blankToNull(name), Categories.of(categories), status, region, flag, null);
		return this.agencies.search(caller, query, new PageRequest(page, size))
			.map((a) -> AgencyResponse.Summary.of(a, this.tree));
	}

	@GetMapping("/{id}")
	AgencyResponse get(Caller caller, @PathVariable String id) {
		return AgencyResponse.of(this.agencies.get(caller, id), this.tree);
	}

	@PostMapping
	ResponseEntity<AgencyResponse> create(Caller caller, @Valid @RequestBody AgencyRequest request) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(AgencyResponse.of(this.agencies.create(caller, request.toInput()), this.tree));
	}

	@PutMapping("/{id}")
	AgencyResponse update(Caller caller, @PathVariable String id, @Valid @RequestBody AgencyRequest request) {
		return AgencyResponse.of(this.agencies.update(caller, id, request.toInput(), request.version()), this.tree);
	}

	@PostMapping("/{id}/status")
	AgencyResponse changeStatus(Caller caller, @PathVariable String id, @RequestBody StatusRequest request) {
		return AgencyResponse.of(
				this.agencies.changeStatus(caller, id, request.status(), request.reason(), request.effectiveOn()),
				this.tree);
	}

	@PostMapping("/{id}/penalties")
	ResponseEntity<AgencyResponse> addPenalty(Caller caller, @PathVariable String id,
			@RequestBody PenaltyRequest request) {
		Penalty penalty = new Penalty(null, request.kind(), request.decidedOn(), request.authority(),
				request.decisionNumber(), request.description(), request.rectificationDeadline(), request.rectifiedOn(),
				request.rectificationNote());
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(AgencyResponse.of(this.agencies.addPenalty(caller, id, penalty), this.tree));
	}

	@PostMapping("/{id}/penalties/{penaltyId}/rectification")
	AgencyResponse rectify(Caller caller, @PathVariable String id, @PathVariable String penaltyId,
			@RequestBody RectificationRequest request) {
		return AgencyResponse.of(this.agencies.rectify(caller, id, penaltyId, request.rectifiedOn(), request.note()),
				this.tree);
	}

	@PutMapping("/{id}/party-building/{year}")
	AgencyResponse partyBuilding(Caller caller, @PathVariable String id, @PathVariable int year,
			@RequestBody PartyBuildingRequest request) {
		return AgencyResponse.of(this.agencies.notePartyBuilding(caller, id, year, request.note()), this.tree);
	}

	@GetMapping("/{id}/history")
	List<ChangeResponse> history(Caller caller, @PathVariable String id) {
		return this.agencies.history(caller, id).stream().map(ChangeResponse::of).toList();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * A status change.
	 *
	 * @param status the new status
	 * @param reason why (decision number, finding)
	 * @param effectiveOn the day it takes effect
	 */
	public record StatusRequest(AgencyStatus status, String reason, LocalDate effectiveOn) {
	}

	/** A 行政处罚, 行政处理 or 行业惩戒 to record. */
	public record PenaltyRequest(Penalty.Kind kind, LocalDate decidedOn, String authority, String decisionNumber,
			String description, LocalDate rectificationDeadline, LocalDate rectifiedOn, String rectificationNote) {
	}

	/**
	 * The confirmation of a rectification.
	 *
	 * @param rectifiedOn the day
	 * @param note how
	 */
	public record RectificationRequest(LocalDate rectifiedOn, String note) {
	}

	/**
	 * A year's party-building note.
	 *
	 * @param note what was done
	 */
	public record PartyBuildingRequest(String note) {
	}

}
