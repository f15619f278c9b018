package org.shuangsuiji.scoring.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * One item's answer after checking: the rules that applied, or the direct score.
 *
 * @param hits the rules that applied, before de-duplication across items
 * @param direct the direct score entered, or {@code null}
 */
record CheckedItem(List<Hit> hits, BigDecimal direct) {

	static final CheckedItem EMPTY = new CheckedItem(List.of(), null);

}
