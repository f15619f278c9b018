package org.shuangsuiji.scoring.engine;

import java.math.BigDecimal;
import java.util.List;

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

	/** Said instead of "nothing found" while items are still unanswered. */
	static final String INCOMPLETE = "INCOMPLETE";

	/**
	 * A conclusion that rests on findings holds however many items are still open; the
	 * one that rests on nothing (未发现问题) needs every item answered, so while some are not
	 * it says which.
	 */
	static Outcome ofChecklist(Template template, RecommendedActions actions, int found, List<String> missing) {
		for (ConclusionRule rule : template.conclusions()) {
			boolean actionMatches = rule.whenAction() == null || actions.contains(rule.whenAction());
			boolean findingsMatch = rule.minFindings() == null || found >= rule.minFindings();
			if (actionMatches && findingsMatch) {
				boolean restsOnNothing = rule.whenAction() == null && rule.minFindings() == null;
				if (restsOnNothing && !missing.isEmpty()) {
					return new Outcome(INCOMPLETE, "尚有" + missing.size() + "项未作答（第" + String.join("、", missing)
							+ "项），不能得出“" + rule.label() + "”的结论");
				}
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
