package org.shuangsuiji.scoring.engine;

import java.math.BigDecimal;

import org.shuangsuiji.scoring.template.ConclusionRule;
import org.shuangsuiji.scoring.template.GradeBand;
import org.shuangsuiji.scoring.template.Template;

/**
 * What a result concludes: for a checklist the first conclusion rule whose action and
 * number of findings match, for a points table the grade band of the exact total.
 */
final class Conclusion {

	private Conclusion() {
	}

	static Outcome ofChecklist(Template template, RecommendedActions actions, int found) {
		for (ConclusionRule rule : template.conclusions()) {
			boolean actionMatches = rule.whenAction() == null || actions.contains(rule.whenAction());
			boolean findingsMatch = rule.minFindings() == null || found >= rule.minFindings();
			if (actionMatches && findingsMatch) {
				return new Outcome(rule.code(), rule.label());
			}
		}
		throw new IllegalStateException("template " + template.templateId() + " has no matching conclusion");
	}

	/** The first band, highest first, whose minimum the exact total reaches. */
	static GradeBand grade(Template template, BigDecimal total) {
		for (GradeBand band : template.grades()) {
			if (total.compareTo(band.min()) >= 0) {
				return band;
			}
		}
		throw new IllegalStateException("template " + template.templateId() + " has no band for " + total);
	}

}
