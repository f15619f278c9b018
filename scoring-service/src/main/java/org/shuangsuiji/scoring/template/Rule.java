package org.shuangsuiji.scoring.template;

import java.math.BigDecimal;
import java.util.List;

/**
 * One deduction (扣分) or bonus (加分) rule of an item, in the seed's words. Whether its
 * points are taken off or added follows from its part's kind.
 *
 * @param id stable id, unique in the template, such as {@code 4.1.b}
 * @param label the seed's numbering, such as "①", or {@code null}
 * @param text the seed's wording of this rule
 * @param kind how the answer turns into points
 * @param points points of a {@link RuleKind#FIXED} or {@link RuleKind#PER_OCCURRENCE}
 * rule
 * @param bound the most points per occurrence of a {@link RuleKind#DISCRETIONARY} rule
 * @param step a discretionary answer must be a multiple of this
 * @param maxOccurrences the most occurrences an answer may claim, or {@code null} for no
 * limit other than the part's floor
 * @param options when set, an answer names which of these it applies to (the four
 * function areas, the seventeen signs); a name may be used by only one rule of the item
 * @param dedupeGroup rules sharing a group count the same content once, at the rule with
 * the most points (相同内容者以最高级别加分，不重复加分)
 * @param exclusiveGroup rules of an item sharing a group are graded alternatives of one
 * finding: at most one of them applies
 * @param tiers the bands of a {@link RuleKind#TIERED} rule
 * @param expert whether only an expert (鉴定专家) may answer it (此项由专家评分)
 * @param action what applying the rule recommends, or {@code null}
 * @param note why the rule is modelled this way where the seed leaves room
 */
public record Rule(String id, String label, String text, RuleKind kind, BigDecimal points, BigDecimal bound,
		BigDecimal step, Integer maxOccurrences, List<String> options, String dedupeGroup, String exclusiveGroup,
		List<Tier> tiers, boolean expert, Action action, String note) {

	public Rule {
		options = (options != null) ? List.copyOf(options) : List.of();
		tiers = (tiers != null) ? List.copyOf(tiers) : List.of();
	}

}
