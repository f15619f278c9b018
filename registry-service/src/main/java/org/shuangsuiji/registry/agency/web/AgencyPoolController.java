package org.shuangsuiji.registry.agency.web;

import java.util.List;

import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.registry.agency.AgencyQuery;
import org.shuangsuiji.registry.agency.AgencyStatus;
import org.shuangsuiji.registry.agency.application.AgencyService;
import org.shuangsuiji.registry.region.RegionTree;
import org.shuangsuiji.registry.shared.web.PageResponse;
import org.shuangsuiji.registry.shared.web.WebParams;

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
	List<AgencyResponse.PoolEntry> pool(Caller caller, @RequestParam String region,
			@RequestParam(name = "category", required = false) List<String> categories) {
		return this.agencies.pool(caller, WebParams.requiredRegion(region, this.tree), WebParams.categories(categories))
			.stream()
			.map(AgencyResponse.PoolEntry::of)
			.toList();
	}

	@GetMapping("/api/public/registry/agencies")
	PageResponse<AgencyResponse.PublicEntry> publicDirectory(@RequestParam(required = false) String name,
			@RequestParam(name = "category", required = false) List<String> categories,
			@RequestParam(required = false) String status, @RequestParam(required = false) String region,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		AgencyQuery query = new AgencyQuery((name == null || name.isBlank()) ? null : name.strip(),
				WebParams.categories(categories),
				WebParams.option(status, "status", AgencyStatus::parse, "ACTIVE, SUSPENDED, CANCELLED"),
				WebParams.region(region, this.tree), null, null);
		return PageResponse.of(this.agencies.publicDirectory(query, WebParams.page(page, size)),
				(a) -> AgencyResponse.PublicEntry.of(a, this.tree));
	}

}
