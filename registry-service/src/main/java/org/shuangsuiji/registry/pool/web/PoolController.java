package org.shuangsuiji.registry.pool.web;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.registry.history.ChangeResponse;
import org.shuangsuiji.registry.history.SubjectKind;
import org.shuangsuiji.registry.input.Page;
import org.shuangsuiji.registry.input.PageRequest;
import org.shuangsuiji.registry.pool.Expert;
import org.shuangsuiji.registry.pool.Inspector;
import org.shuangsuiji.registry.pool.PoolInput;
import org.shuangsuiji.registry.pool.PoolService;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The inspector and expert pools: kept by bureaus; {@code /api/registry/pools/*} is the
 * contract inspection-service draws from.
 */
@RestController
public class PoolController {

	private final PoolService pools;

	public PoolController(PoolService pools) {
		this.pools = pools;
	}

	@GetMapping("/api/registry/pools/inspectors")
	List<InspectorResponse> inspectorPool(Caller caller, @RequestParam RegionCode region) {
		return this.pools.activeInspectors(caller, region).stream().map(InspectorResponse::of).toList();
	}

	@GetMapping("/api/registry/pools/experts")
	List<ExpertResponse> expertPool(Caller caller, @RequestParam RegionCode region) {
		return this.pools.activeExperts(caller, region).stream().map(ExpertResponse::of).toList();
	}

	@GetMapping("/api/registry/inspectors")
	Page<InspectorResponse> inspectors(Caller caller, @RequestParam(required = false) RegionCode region,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
		return this.pools.inspectors(caller, region, new PageRequest(page, size)).map(InspectorResponse::of);
	}

	@GetMapping("/api/registry/inspectors/{id}")
	InspectorResponse inspector(Caller caller, @PathVariable String id) {
		return InspectorResponse.of(this.pools.getInspector(caller, id));
	}

	@PostMapping("/api/registry/inspectors")
	ResponseEntity<InspectorResponse> createInspector(Caller caller, @RequestBody PoolRequest request) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(InspectorResponse.of(this.pools.createInspector(caller, request.toInput())));
	}

	@PutMapping("/api/registry/inspectors/{id}")
	InspectorResponse updateInspector(Caller caller, @PathVariable String id, @RequestBody PoolRequest request) {
		return InspectorResponse.of(this.pools.updateInspector(caller, id, request.toInput(), request.version()));
	}

	@GetMapping("/api/registry/inspectors/{id}/history")
	List<ChangeResponse> inspectorHistory(Caller caller, @PathVariable String id) {
		return this.pools.history(caller, SubjectKind.INSPECTOR, id).stream().map(ChangeResponse::of).toList();
	}

	@GetMapping("/api/registry/experts")
	Page<ExpertResponse> experts(Caller caller, @RequestParam(required = false) RegionCode region,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
		return this.pools.experts(caller, region, new PageRequest(page, size)).map(ExpertResponse::of);
	}

	@GetMapping("/api/registry/experts/{id}")
	ExpertResponse expert(Caller caller, @PathVariable String id) {
		return ExpertResponse.of(this.pools.getExpert(caller, id));
	}

	@PostMapping("/api/registry/experts")
	ResponseEntity<ExpertResponse> createExpert(Caller caller, @RequestBody PoolRequest request) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(ExpertResponse.of(this.pools.createExpert(caller, request.toInput())));
	}

	@PutMapping("/api/registry/experts/{id}")
	ExpertResponse updateExpert(Caller caller, @PathVariable String id, @RequestBody PoolRequest request) {
		return ExpertResponse.of(this.pools.updateExpert(caller, id, request.toInput(), request.version()));
	}

	@GetMapping("/api/registry/experts/{id}/history")
	List<ChangeResponse> expertHistory(Caller caller, @PathVariable String id) {
		return this.pools.history(caller, SubjectKind.EXPERT, id).stream().map(ChangeResponse::of).toList();
	}

	/**
	 * An inspector or expert to add or replace.
	 *
	 * @param name 姓名
	 * @param lawEnforcementCertNo 执法证号 (inspectors)
	 * @param unit 工作单位
	 * @param regionCode region
	 * @param specialities categories (experts)
	 * @param active default true
	 * @param version guards a replace
	 */
	public record PoolRequest(String name, String lawEnforcementCertNo, String unit, String regionCode,
			List<String> specialities, Boolean active, Long version) {

		PoolInput toInput() {
			return new PoolInput(this.name, this.lawEnforcementCertNo, this.unit, this.regionCode, this.specialities,
					this.active);
		}

	}

	/** An inspector on the wire (the draw's contract shape plus version). */
	public record InspectorResponse(String id, String name, String lawEnforcementCertNo, String unit, String regionCode,
			boolean active, Long version) {

		static InspectorResponse of(Inspector i) {
			return new InspectorResponse(i.id(), i.name(), i.lawEnforcementCertNo(), i.unit(), i.regionCode().value(),
					i.active(), i.version());
		}

	}

	/** An expert on the wire (the draw's contract shape plus unit and version). */
	public record ExpertResponse(String id, String name, List<String> specialities, String unit, String regionCode,
			boolean active, Long version) {

		static ExpertResponse of(Expert e) {
			return new ExpertResponse(e.id(), e.name(),
					e.specialities().stream().sorted().map(BusinessCategory::name).toList(), e.unit(),
					e.regionCode().value(), e.active(), e.version());
		}

	}

}
