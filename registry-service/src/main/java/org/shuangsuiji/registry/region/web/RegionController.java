package org.shuangsuiji.registry.region.web;

import java.util.List;

import org.shuangsuiji.platform.problem.NotFoundException;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.registry.region.Region;
import org.shuangsuiji.registry.region.RegionTree;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reads the region tree. Regions are public facts: the same reads are open under
 * {@code /api/public/registry/regions} for the public directory.
 */
@RestController
public class RegionController {

	private final RegionTree tree;

	public RegionController(RegionTree tree) {
		this.tree = tree;
	}

	@GetMapping({ "/api/registry/regions", "/api/public/registry/regions" })
	List<RegionResponse> provinces() {
		return this.tree.provinces().stream().map(RegionResponse::of).toList();
	}

	@GetMapping({ "/api/registry/regions/{code}", "/api/public/registry/regions/{code}" })
	RegionResponse region(@PathVariable String code) {
		return RegionResponse.of(find(code));
	}

	@GetMapping({ "/api/registry/regions/{code}/children", "/api/public/registry/regions/{code}/children" })
	List<RegionResponse> children(@PathVariable String code) {
		return this.tree.children(find(code).code()).stream().map(RegionResponse::of).toList();
	}

	@GetMapping({ "/api/registry/regions/{code}/ancestors", "/api/public/registry/regions/{code}/ancestors" })
	List<RegionResponse> ancestors(@PathVariable String code) {
		return this.tree.ancestors(find(code).code()).stream().map(RegionResponse::of).toList();
	}

	private Region find(String code) {
		RegionCode parsed = RegionCode.parse(code)
			.orElseThrow(() -> new org.shuangsuiji.platform.problem.InvalidInputException("invalid-input", "code",
					"'" + code + "' is not a six-digit GB/T 2260 region code"));
		return this.tree.find(parsed).orElseThrow(() -> new NotFoundException("no region " + code));
	}

	/**
	 * A region on the wire.
	 *
	 * @param code six-digit code
	 * @param name name
	 * @param level PROVINCE, CITY or COUNTY
	 * @param parentCode the parent's code, {@code null} for a province
	 */
	public record RegionResponse(String code, String name, String level, String parentCode) {

		static RegionResponse of(Region region) {
			return new RegionResponse(region.code().value(), region.name(), region.level().name(),
					region.parent().map(RegionCode::value).orElse(null));
		}

	}

}
