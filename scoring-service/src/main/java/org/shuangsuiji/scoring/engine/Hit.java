package org.shuangsuiji.scoring.engine;

import java.math.BigDecimal;
import java.util.List;

import org.shuangsuiji.scoring.template.Rule;

/**
 * A rule that applied, with its occurrences and points before de-duplication, floors and
 * caps. Compared by identity where it matters: two equal hits of different items are
 * different hits.
 */
record Hit(Rule rule, int occurrences, BigDecimal points, List<String> contents, String reason) {

	/** The same hit counting fewer of its contents. */
	Hit recounted(int counted) {
		return new Hit(this.rule, counted, this.rule.points().multiply(BigDecimal.valueOf(counted)), this.contents,
				this.reason);
	}

}
