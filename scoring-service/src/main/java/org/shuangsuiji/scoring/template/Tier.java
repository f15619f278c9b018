package org.shuangsuiji.scoring.template;

import java.math.BigDecimal;

/**
 * One band of a {@link RuleKind#TIERED} rule: a count from {@code min} to {@code max}
 * (inclusive; {@code max} {@code null} for "及以上") earns {@code points}.
 */
public record Tier(int min, Integer max, BigDecimal points) {

	public boolean contains(int count) {
		return count >= this.min && (this.max == null || count <= this.max);
	}

}
