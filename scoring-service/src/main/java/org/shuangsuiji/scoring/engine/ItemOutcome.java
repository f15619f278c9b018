package org.shuangsuiji.scoring.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * How one item came out.
 *
 * @param finding the checklist answer, or {@code null}
 * @param findings how many problems were found on the item: the sub-points found (at
 * least one for an A), or the deduction rules that applied
 * @param found what was found: sub-point numbers of a checklist item, rule ids of a
 * deduction item
 * @param deducted points taken off by the item's rules
 * @param added points added by bonus rules or by the direct score
 */
public record ItemOutcome(String itemId, String number, Finding finding, int findings, List<String> found,
		BigDecimal deducted, BigDecimal added) {

}
