package org.shuangsuiji.scoring.template;

import java.math.BigDecimal;
import java.util.List;

/**
 * Deduction parts whose scores are floored together rather than (or as well as) one by
 * one, as in a reading of "第一项、第二项的总分为50分，扣完为止".
 *
 * @param id stable id
 * @param partIds the pooled deduction parts
 * @param floor the lowest the pooled score can go
 * @param note why the pool exists
 */
public record Pool(String id, List<String> partIds, BigDecimal floor, String note) {

	public Pool {
		partIds = (partIds != null) ? List.copyOf(partIds) : List.of();
	}

}
