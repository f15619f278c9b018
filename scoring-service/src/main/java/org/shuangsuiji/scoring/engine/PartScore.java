package org.shuangsuiji.scoring.engine;

import java.math.BigDecimal;

import org.shuangsuiji.scoring.template.PartKind;

/**
 * How one part scored.
 *
 * @param deducted the sum of its deductions before any floor
 * @param added the sum of its bonuses or direct scores before any cap
 * @param score the part's score after its floor and cap
 * @param floorReached whether the deductions went past the floor (扣完为止)
 * @param capReached whether the bonuses went past the cap (5分为限)
 */
public record PartScore(String partId, String label, String title, PartKind kind, BigDecimal max, BigDecimal floor,
		BigDecimal deducted, BigDecimal added, BigDecimal score, boolean floorReached, boolean capReached) {

}
