package org.shuangsuiji.inspection.selfinspection;

import java.time.Instant;
import java.util.List;

import org.shuangsuiji.inspection.plan.Actor;

/**
 * An agency's self-inspection report (自查报告) against a plan's checklist, due by the plan's
 * date (新乡 2024: 9月底).
 *
 * @param planId the plan
 * @param agencyId the agency
 * @param agencyName its name as drawn
 * @param summary the report's summary
 * @param items per checklist item: what the agency found and what it did
 * @param evidenceIds evidence-service records attached
 * @param submittedBy the agency account
 * @param submittedAt when
 * @param late submitted after the due date (China Standard Time)
 */
public record SelfInspection(String planId, String agencyId, String agencyName, String summary, List<Item> items,
		List<String> evidenceIds, Actor submittedBy, Instant submittedAt, boolean late) {

	public SelfInspection {
		items = List.copyOf(items);
		evidenceIds = List.copyOf(evidenceIds);
	}

	/** One checklist item: 自查发现 and 整改措施. */
	public record Item(String itemId, String finding, String measures) {
	}

}
