package org.shuangsuiji.scoring.template;

import java.math.BigDecimal;

/**
 * An item scored by a number entered directly rather than by rules: an expert's score
 * (鉴定人考评) or an external score converted by a factor (档案评查得分 × 40%).
 *
 * @param label what the entered number is, in the template's wording
 * @param max the highest number that may be entered (the lowest is 0)
 * @param step the entered number must be a multiple of this
 * @param factor the item's points are the entered number times this
 * @param expert whether only an expert (鉴定专家) may enter it (此项由专家评分)
 */
public record DirectScore(String label, BigDecimal max, BigDecimal step, BigDecimal factor, boolean expert) {

	/** The most points the item can give. */
	public BigDecimal maxPoints() {
		return this.max.multiply(this.factor);
	}

}
