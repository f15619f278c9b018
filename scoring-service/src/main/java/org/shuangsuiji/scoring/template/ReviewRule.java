package org.shuangsuiji.scoring.template;

import java.util.List;

/**
 * When a result goes to the province for 复核研判 (新乡 附件2 四: agencies with many or serious
 * problems). Any condition that holds sends it; the template says which.
 *
 * @param label the wording (报省司法厅复核研判)
 * @param minFindings sends it when at least this many items have findings (A 发现, or
 * deductions), or {@code null}
 * @param whenActions sends it when the result recommends any of these action codes
 * @param whenOutcomes sends it when the conclusion or grade has one of these codes
 * @param basis where in the seed the rule comes from, and how its numbers were chosen
 */
public record ReviewRule(String label, Integer minFindings, List<String> whenActions, List<String> whenOutcomes,
		String basis) {

	public ReviewRule {
		whenActions = (whenActions != null) ? List.copyOf(whenActions) : List.of();
		whenOutcomes = (whenOutcomes != null) ? List.copyOf(whenOutcomes) : List.of();
	}

}
