package org.shuangsuiji.registry.input;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.shuangsuiji.platform.category.BusinessCategory;

/**
 * Reads business categories given as codes ({@code FORENSIC_CLINICAL}) or Chinese names
 * (法医临床).
 */
public final class Categories {

	private Categories() {
	}

	/**
	 * Parses each entry; an unknown one is a 422 {@code category-unknown} naming
	 * {@code field[i]}; none at all is a 400 when {@code required}.
	 */
	public static Set<BusinessCategory> parse(List<String> texts, String field, boolean required, Problems problems) {
		Set<BusinessCategory> categories = EnumSet.noneOf(BusinessCategory.class);
		for (int i = 0; i < texts.size(); i++) {
			String text = Text.clean(texts.get(i));
			if (text == null) {
				continue;
			}
			int index = i;
			BusinessCategory.parse(text)
				.ifPresentOrElse(categories::add, () -> problems.rule("category-unknown", field + "[" + index + "]",
						"unknown business category '" + text + "' (use a code such as FORENSIC_CLINICAL or 法医临床)"));
		}
		if (required && categories.isEmpty() && texts.stream().allMatch(Text::isBlank)) {
			problems.malformed("invalid-input", field, "at least one business category is required");
		}
		return categories;
	}

	/**
	 * The categories a query parameter named, without the blanks a form sends; empty when
	 * none.
	 */
	public static Set<BusinessCategory> of(List<BusinessCategory> given) {
		Set<BusinessCategory> categories = EnumSet.noneOf(BusinessCategory.class);
		if (given != null) {
			given.stream().filter((category) -> category != null).forEach(categories::add);
		}
		return categories;
	}

}
