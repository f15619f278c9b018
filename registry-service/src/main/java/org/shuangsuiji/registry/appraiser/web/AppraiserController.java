package org.shuangsuiji.registry.appraiser.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.registry.agency.FlagService;
import org.shuangsuiji.registry.appraiser.Appraiser;
import org.shuangsuiji.registry.appraiser.AppraiserInput;
import org.shuangsuiji.registry.appraiser.AppraiserService;
import org.shuangsuiji.registry.appraiser.AppraiserStatus;
import org.shuangsuiji.registry.appraiser.TrainingYear;
import org.shuangsuiji.registry.history.ChangeResponse;
import org.shuangsuiji.registry.input.Page;
import org.shuangsuiji.registry.input.PageRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Appraisers (鉴定人). */
@RestController
public class AppraiserController {

	private final AppraiserService appraisers;

	private final FlagService flags;

	public AppraiserController(AppraiserService appraisers, FlagService flags) {
		this.appraisers = appraisers;
		this.flags = flags;
	}

	@GetMapping("/api/registry/appraisers")
	Page<AppraiserResponse> search(Caller caller, @RequestParam(required = false) RegionCode region,
			@RequestParam(required = false) String agencyId, @RequestParam(required = false) String name,
			@RequestParam(required = false) AppraiserStatus status, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
		LocalDate today = this.flags.today();
		return this.appraisers
			.search(caller, region, blankToNull(agencyId), blankToNull(name), status, new PageRequest(page, size))
			.map((a) -> AppraiserResponse.of(a, today));
	}

	@GetMapping("/api/registry/agencies/{agencyId}/appraisers")
	List<AppraiserResponse> ofAgency(Caller caller, @PathVariable String agencyId) {
		LocalDate today = this.flags.today();
		return this.appraisers.ofAgency(caller, agencyId).stream().map((a) -> AppraiserResponse.of(a, today)).toList();
	}

	@GetMapping("/api/registry/appraisers/{id}")
	AppraiserResponse get(Caller caller, @PathVariable String id) {
		return AppraiserResponse.of(this.appraisers.get(caller, id), this.flags.today());
	}

	@PostMapping("/api/registry/appraisers")
	ResponseEntity<AppraiserResponse> create(Caller caller, @RequestBody AppraiserRequest request) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(AppraiserResponse.of(this.appraisers.create(caller, request.toInput()), this.flags.today()));
	}

	@PutMapping("/api/registry/appraisers/{id}")
	AppraiserResponse update(Caller caller, @PathVariable String id, @RequestBody AppraiserRequest request) {
		return AppraiserResponse.of(this.appraisers.update(caller, id, request.toInput(), request.version()),
				this.flags.today());
	}

	@GetMapping("/api/registry/appraisers/{id}/history")
	List<ChangeResponse> history(Caller caller, @PathVariable String id) {
		return this.appraisers.history(caller, id).stream().map(ChangeResponse::of).toList();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * An appraiser to register or replace.
	 *
	 * @param name 姓名
	 * @param certificateNo 执业证号
	 * @param certificateIssuedOn issue day
	 * @param agencyId the agency
	 * @param categories practice categories
	 * @param training hours per year
	 * @param status ACTIVE (default), SUSPENDED, LEFT, CANCELLED
	 * @param version guards a replace
	 */
	public record AppraiserRequest(String name, String certificateNo, LocalDate certificateIssuedOn, String agencyId,
			List<String> categories, List<TrainingYear> training, String status, Long version) {

		AppraiserInput toInput() {
			return new AppraiserInput(this.name, this.certificateNo, this.certificateIssuedOn, this.agencyId,
					this.categories, this.training, this.status);
		}

	}

	/**
	 * An appraiser on the wire, with the training flag as of today.
	 *
	 * @param id registry id
	 * @param name 姓名
	 * @param certificateNo 执业证号
	 * @param certificateIssuedOn issue day
	 * @param agencyId the agency
	 * @param regionCode the agency's region
	 * @param categories practice categories
	 * @param training hours per year
	 * @param status status
	 * @param trainingShort fewer than 40 hours last year
	 * @param version version
	 */
	public record AppraiserResponse(String id, String name, String certificateNo, LocalDate certificateIssuedOn,
			String agencyId, String regionCode, List<String> categories, List<TrainingYear> training, String status,
			boolean trainingShort, Long version) {

		static AppraiserResponse of(Appraiser a, LocalDate today) {
			return new AppraiserResponse(a.id(), a.name(), a.certificateNo(), a.certificateIssuedOn(), a.agencyId(),
					a.regionCode().value(), a.categories().stream().sorted().map(BusinessCategory::name).toList(),
					a.training(), a.status().name(), a.active() && a.trainingShort(today), a.version());
		}

	}

}
