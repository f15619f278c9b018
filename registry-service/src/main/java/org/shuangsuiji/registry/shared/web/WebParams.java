package org.shuangsuiji.registry.shared.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.platform.problem.InvalidInputException;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.registry.region.RegionTree;
import org.shuangsuiji.registry.region.Regions;
import org.shuangsuiji.registry.shared.Categories;
import org.shuangsuiji.registry.shared.Problems;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/** Reads query parameters: malformed is 400, unknown region or category 422. */
public final class WebParams {

	public static final int MAX_PAGE_SIZE = 200;

	private WebParams() {
	}

	/** An optional region filter, any level. */
	public static RegionCode region(String text, RegionTree tree) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return requiredRegion(text, tree);
	}

	public static RegionCode requiredRegion(String text, RegionTree tree) {
		Problems problems = new Problems();
		Optional<RegionCode> code = Regions.parse(text, "region", false, tree, problems);
		problems.throwIfAny();
		return code.orElseThrow();
	}

	public static Set<BusinessCategory> categories(List<String> texts) {
		if (texts == null || texts.isEmpty()) {
			return Set.of();
		}
		Problems problems = new Problems();
		Set<BusinessCategory> categories = Categories.parse(texts, "category", false, problems);
		problems.throwIfAny();
		return categories;
	}

	public static <E extends Enum<E>> E option(String text, String field,
			java.util.function.Function<String, Optional<E>> parse, String allowed) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return parse.apply(text)
			.orElseThrow(
					() -> new InvalidInputException("invalid-input", field, "'" + text + "' is not one of " + allowed));
	}

	public static Pageable page(int page, int size) {
		if (page < 0) {
			throw new InvalidInputException("invalid-input", "page", "page starts at 0");
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new InvalidInputException("invalid-input", "size", "size must be between 1 and " + MAX_PAGE_SIZE);
		}
		return PageRequest.of(page, size);
	}

}
