package org.shuangsuiji.scoring.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.shuangsuiji.platform.problem.OutOfScopeException;
import org.shuangsuiji.platform.problem.ProblemException;
import org.shuangsuiji.scoring.engine.ItemAnswer;
import org.shuangsuiji.scoring.engine.RuleAnswer;
import org.shuangsuiji.scoring.template.Item;
import org.shuangsuiji.scoring.template.Rule;

/**
 * The expert's part of an item is the experts' alone (此项由专家评分). An item that is only the
 * expert's (鄂州 12, 13) is answered by an expert or not at all. On an item with an expert
 * rule beside the inspectors' (鄂州 10 ④), an inspector's save keeps the expert's answers
 * to those rules as they are stored: the inspector may send them back unchanged (the item
 * as read) or leave them out, but never change or drop them.
 */
final class ExpertParts {

	private ExpertParts() {
	}

	/** The answer to store: {@code given}, with the stored expert rule answers kept. */
	static ItemAnswer merge(boolean expert, Item item, ItemAnswer given, ItemAnswer stored) {
		if (expert) {
			return given;
		}
		if (item.expertOnly()) {
			throw expertOnly(item);
		}
		Set<String> expertRules = item.rules().stream().filter(Rule::expert).map(Rule::id).collect(Collectors.toSet());
		if (expertRules.isEmpty()) {
			return given;
		}
		List<RuleAnswer> kept = (stored != null)
				? stored.rules().stream().filter((rule) -> expertRules.contains(rule.ruleId())).toList() : List.of();
		List<RuleAnswer> merged = new ArrayList<>();
		for (RuleAnswer rule : given.rules()) {
			if (!expertRules.contains(rule.ruleId())) {
				merged.add(rule);
			}
			else if (!kept.contains(rule)) {
				throw expertOnly(item).with("rule", rule.ruleId());
			}
		}
		merged.addAll(kept);
		return Objects.equals(merged, given.rules()) ? given : given.withRules(merged);
	}

	private static ProblemException expertOnly(Item item) {
		return new OutOfScopeException("expert-only",
				"item " + item.id() + " is scored by an expert (此项由专家评分); only an expert answers that part")
			.with("item", item.id());
	}

}
