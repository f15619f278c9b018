package org.shuangsuiji.registry.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.platform.naming.ChineseNamed;
import org.shuangsuiji.platform.problem.InvalidInputException;
import org.shuangsuiji.platform.problem.NotFoundException;
import org.shuangsuiji.platform.problem.RuleViolationException;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.registry.agency.AgencyStatus;
import org.shuangsuiji.registry.agency.FlagKind;
import org.shuangsuiji.registry.appraiser.AppraiserStatus;
import org.shuangsuiji.registry.input.Problems;
import org.shuangsuiji.registry.input.Text;
import org.shuangsuiji.registry.pool.PoolKind;
import org.shuangsuiji.registry.region.RegionTree;
import org.shuangsuiji.registry.region.Regions;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How request parameters become values: a region code the tree knows (malformed 400,
 * unknown 422 {@code region-unknown}), a business category by code or Chinese name (422
 * {@code category-unknown}), statuses and flag kinds by name (400). A blank parameter is
 * no filter. The answers are the problems the parsers throw, not a generic type mismatch
 * (platform-web passes a converter's problem through).
 */
@Configuration(proxyBeanMethods = false)
class WebConversion implements WebMvcConfigurer {

	private final RegionTree tree;

	WebConversion(RegionTree tree) {
		this.tree = tree;
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(String.class, RegionCode.class, this::region);
		registry.addConverter(String.class, BusinessCategory.class, WebConversion::category);
		registry.addConverter(String.class, AgencyStatus.class,
				option(AgencyStatus.class, "status", "ACTIVE, SUSPENDED, CANCELLED"));
		registry.addConverter(String.class, FlagKind.class, option(FlagKind.class, "flag", "a FlagKind"));
		registry.addConverter(String.class, PoolKind.class, WebConversion::pool);
		registry.addConverter(String.class, AppraiserStatus.class,
				option(AppraiserStatus.class, "status", "ACTIVE, SUSPENDED, LEFT, CANCELLED"));
	}

	private RegionCode region(String text) {
		if (Text.isBlank(text)) {
			return null;
		}
		Problems problems = new Problems();
		Optional<RegionCode> code = Regions.parse(text, "region", false, this.tree, problems);
		problems.throwIfAny();
		return code.orElseThrow();
	}

	private static BusinessCategory category(String text) {
		String cleaned = Text.clean(text);
		if (cleaned == null) {
			return null;
		}
		return BusinessCategory.parse(cleaned).orElseThrow(() -> {
			String message = "unknown business category '" + cleaned
					+ "' (use a code such as FORENSIC_CLINICAL or 法医临床)";
			return new RuleViolationException("category-unknown", "category: " + message).with("errors",
					List.of(Map.of("field", "category", "message", message)));
		});
	}

	private static PoolKind<?> pool(String path) {
		return PoolKind.fromPath(path)
			.orElseThrow(() -> new NotFoundException("no pool '" + path + "' (inspectors, experts)"));
	}

	private static <E extends Enum<E> & ChineseNamed> Converter<String, E> option(Class<E> type, String field,
			String allowed) {
		return (text) -> {
			if (text.isBlank()) {
				return null;
			}
			return ChineseNamed.parse(type, text)
				.orElseThrow(() -> new InvalidInputException("invalid-input", field,
						"'" + text + "' is not one of " + allowed));
		};
	}

}
