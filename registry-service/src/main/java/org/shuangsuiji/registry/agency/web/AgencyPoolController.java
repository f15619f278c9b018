package org.shuangsuiji.registry.agency.web;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.registry.agency.AgencyQuery;
import org.shuangsuiji.registry.agency.AgencyService;
import org.shuangsuiji.registry.agency.AgencyStatus;
import org.shuangsuiji.registry.input.Categories;
import org.shuangsuiji.registry.input.Page;
import org.shuangsuiji.registry.input.PageRequest;
import org.shuangsuiji.registry.region.RegionTree;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The agency pool the draw reads (a contract with inspection-service) and the anonymous
 * public directory (一公开).
 */
@RestController
public class AgencyPoolController {

	private final AgencyService agencies;

	private final RegionTree tree;

	public AgencyPoolController(AgencyService agencies, RegionTree tree) {
		this.agencies = agencies;
		this.tree = tree;
	}

	/**
	 * Active agencies of the region subtree with any of the categories; bureaus of the
	 * region.
	 */
	@GetMapping("/api/registry/pools/agencies")
	List<AgencyResponse.PoolEntry> pool(Caller caller, @RequestParam RegionCode region,
			@RequestParam(name = "category", required = false) List<BusinessCategory> categories) {
		return this.agencies.pool(caller, region, Categories.of(categories))
			.stream()
			.map(AgencyResponse.PoolEntry::of)
			.toList();
	}

	@GetMapping("/api/public/registry/agencies")
	Page<AgencyResponse.PublicEntry> publicDirectory(@RequestParam(required = false) String name,
			@RequestParam(name = "category", required = false) List<BusinessCategory> categories,
			@RequestParam(required = false) AgencyStatus status, @RequestParam(required = false) RegionCode region,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
		AgencyQuery query = new AgencyQuery((name == null || name.isBlank()) ? null : name.strip(),
				Categories.of(categories), status, region, null, null);
		return this.agencies.publicDirectory(query, new PageRequest(page, size))
			.map((a) -> AgencyResponse.PublicEntry.of(a, this.tree));
	}

}
