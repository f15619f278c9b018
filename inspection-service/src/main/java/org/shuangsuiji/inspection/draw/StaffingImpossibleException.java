package org.shuangsuiji.inspection.draw;

import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.platform.problem.RuleViolationException;

/**
 * A draw or replacement refused because an agency cannot be staffed under the plan's
 * rules (422).
 */
public class StaffingImpossibleException extends RuleViolationException {

	private final String agencyId;

	private final StaffingRule rule;

	StaffingImpossibleException(PoolAgency agency, StaffingRule rule, BusinessCategory category, int remaining,
			int needed) {
		super("draw-staffing-impossible", message(agency, rule, category, remaining, needed));
		this.agencyId = agency.id();
		this.rule = rule;
		with("agencyId", agency.id());
		with("agencyName", agency.name());
		with("rule", rule.slug());
		if (category != null) {
			with("category", category.name());
		}
	}

	private static String message(PoolAgency agency, StaffingRule rule, BusinessCategory category, int remaining,
			int needed) {
		String who = agency.name().isEmpty() ? agency.id() : agency.name() + " (" + agency.id() + ")";
		String what = (category != null) ? "experts for " + category.name() + " (" + category.chineseName() + ")"
				: "people";
		return "agency " + who + " cannot be staffed: after rule " + rule.slug() + " " + remaining + " eligible " + what
				+ " remain, " + needed + " needed";
	}

	public String agencyId() {
		return this.agencyId;
	}

	public StaffingRule rule() {
		return this.rule;
	}

}
