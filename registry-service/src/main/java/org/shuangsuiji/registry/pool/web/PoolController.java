package org.shuangsuiji.registry.pool.web;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.registry.history.ChangeResponse;
import org.shuangsuiji.registry.input.Page;
import org.shuangsuiji.registry.input.PageRequest;
import org.shuangsuiji.registry.pool.Expert;
import org.shuangsuiji.registry.pool.Inspector;
import org.shuangsuiji.registry.pool.PoolInput;
import org.shuangsuiji.registry.pool.PoolKind;
import org.shuangsuiji.registry.pool.PoolMember;
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
 * The inspector and expert pools, one set of endpoints for both
 * ({@code /api/registry/inspectors}, {@code /api/registry/experts}): kept by bureaus;
 * {@code /api/registry/pools/*} is the contract inspection-service draws from.
 */
@RestController
public class PoolController {

	private static final String POOL = "{pool:inspectors|experts}";

	private final PoolService pools;

	public PoolController(PoolService pools) {
		this.pools = pools;
	}

	@GetMapping("/api/registry/pools/" + POOL)
	List<MemberResponse> activePool(Caller caller, @PathVariable PoolKind<?> pool, @RequestParam RegionCode region) {
		return this.pools.active(caller, pool, region).stream().map(MemberResponse::of).toList();
	}

	@GetMapping("/api/registry/" + POOL)
	Page<MemberResponse> page(Caller caller, @PathVariable PoolKind<?> pool,
			@RequestParam(required = false) RegionCode region, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
		return this.pools.page(caller, pool, region, new PageRequest(page, size)).map(MemberResponse::of);
	}

	@GetMapping("/api/registry/" + POOL + "/{id}")
	MemberResponse get(Caller caller, @PathVariable PoolKind<?> pool, @PathVariable String id) {
		return MemberResponse.of(this.pools.get(caller, pool, id));
	}

	@PostMapping("/api/registry/" + POOL)
	ResponseEntity<MemberResponse> create(Caller caller, @PathVariable PoolKind<?> pool,
			@RequestBody PoolRequest request) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(MemberResponse.of(this.pools.create(caller, pool, request.toInput())));
	}

	@PutMapping("/api/registry/" + POOL + "/{id}")
	MemberResponse update(Caller caller, @PathVariable PoolKind<?> pool, @PathVariable String id,
			@RequestBody PoolRequest request) {
		return MemberResponse.of(this.pools.update(caller, pool, id, request.toInput(), request.version()));
	}

	@GetMapping("/api/registry/" + POOL + "/{id}/history")
	List<ChangeResponse> history(Caller caller, @PathVariable PoolKind<?> pool, @PathVariable String id) {
		return this.pools.history(caller, pool, id).stream().map(ChangeResponse::of).toList();
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

	/** A pool member on the wire, in the shape of its pool. */
	public sealed interface MemberResponse permits InspectorResponse, ExpertResponse {

		static MemberResponse of(PoolMember member) {
			if (member instanceof Inspector inspector) {
				return InspectorResponse.of(inspector);
			}
			return ExpertResponse.of((Expert) member);
		}

	}

	/** An inspector on the wire (the draw's contract shape plus version). */
	public record InspectorResponse(String id, String name, String lawEnforcementCertNo, String unit, String regionCode,
			boolean active, Long version) implements MemberResponse {

		static InspectorResponse of(Inspector i) {
			return new InspectorResponse(i.id(), i.name(), i.lawEnforcementCertNo(), i.unit(), i.regionCode().value(),
					i.active(), i.version());
		}

	}

	/** An expert on the wire (the draw's contract shape plus unit and version). */
	public record ExpertResponse(String id, String name, List<String> specialities, String unit, String regionCode,
			boolean active, Long version) implements MemberResponse {

		static ExpertResponse of(Expert e) {
			return new ExpertResponse(e.id(), e.name(),
					e.specialities().stream().sorted().map(BusinessCategory::name).toList(), e.unit(),
					e.regionCode().value(), e.active(), e.version());
		}

	}

}
