package org.shuangsuiji.scoring.engine;

import java.math.BigDecimal;
import java.util.List;

/** How a pool of deduction parts scored together: the sum of its parts, floored. */
public record PoolScore(String poolId, List<String> partIds, BigDecimal max, BigDecimal floor, BigDecimal raw,
		BigDecimal score, boolean floorReached) {

}
