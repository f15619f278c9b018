package org.shuangsuiji.scoring.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.shuangsuiji.scoring.template.DirectScore;
import org.shuangsuiji.scoring.template.Item;
import org.shuangsuiji.scoring.template.Part;
import org.shuangsuiji.scoring.template.PartKind;
import org.shuangsuiji.scoring.template.Rule;
import org.shuangsuiji.scoring.template.Template;

import static org.shuangsuiji.scoring.engine.AnswerProblems.invalid;

/**
 * An item's answer checked against the item, before anything is scored: a checklist item
 * takes A/B/C, a directly scored item a score within its range, any other item answers to
 * its own rules, each rule once, each option counted by one rule only, at most one of a
 * group of graded alternatives. De-duplication across items comes later.
 */
final class ItemAnswerCheck {

	private final Template template;

	private final Map<String, Item> itemOfRule;

	ItemAnswerCheck(Template template, Map<String, Item> itemOfRule) {
		this.template = template;
		this.itemOfRule = itemOfRule;
	}

	CheckedItem check(Part part, Item item, ItemAnswer answer) {
		if (part.kind() == PartKind.CHECKLIST) {
			ChecklistAnswerCheck.check(item, answer);
			return CheckedItem.EMPTY;
		}
		if (answer.finding() != null || !answer.subPoints().isEmpty()) {
			throw invalid(item, ".finding", "item '" + item.id() + "' is scored, not answered A/B/C");
		}
		if (item.directScore() != null) {
			if (!answer.rules().isEmpty()) {
				throw invalid(item, ".rules", "item '" + item.id() + "' is scored directly and has no rules");
			}
			if (answer.checked()) {
				throw invalid(item, ".checked", "item '" + item.id() + "' is answered with its score, not checked");
			}
			return new CheckedItem(List.of(), direct(item, answer.score()));
		}
		if (answer.score() != null) {
			throw invalid(item, ".score", "item '" + item.id() + "' is scored by its rules, not by a direct score");
		}
		return new CheckedItem(rules(item, answer), null);
	}

	private List<Hit> rules(Item item, ItemAnswer answer) {
		List<Hit> hits = new ArrayList<>();
		Set<String> answered = new HashSet<>();
		Map<String, String> optionUsedBy = new HashMap<>();
		Map<String, String> exclusiveUsedBy = new HashMap<>();
		for (int i = 0; i < answer.rules().size(); i++) {
			RuleAnswer ruleAnswer = answer.rules().get(i);
			String path = ".rules[" + i + "]";
			Rule rule = ruleOf(item, ruleAnswer.ruleId(), path);
			if (!answered.add(rule.id())) {
				throw invalid(item, path + ".ruleId", "rule " + rule.id() + " is answered twice");
			}
			Hit hit = RuleAnswerCheck.check(item, rule, ruleAnswer, path);
			if (hit.occurrences() == 0) {
				continue;
			}
			requireOptionsCountedOnce(item, hit, optionUsedBy, path);
			if (rule.exclusiveGroup() != null) {
				String other = exclusiveUsedBy.putIfAbsent(rule.exclusiveGroup(), rule.id());
				if (other != null) {
					throw invalid(item, path + ".ruleId",
							"rules " + other + " and " + rule.id() + " are graded alternatives: at most one applies");
				}
			}
			hits.add(hit);
		}
		return hits;
	}

	private static void requireOptionsCountedOnce(Item item, Hit hit, Map<String, String> usedBy, String path) {
		if (hit.rule().options().isEmpty()) {
			return;
		}
		for (String content : hit.contents()) {
			String other = usedBy.putIfAbsent(content, hit.rule().id());
			if (other != null) {
				throw invalid(item, path + ".contents", "「" + content + "」 is already counted by rule " + other
						+ "; each one is counted by one rule only");
			}
		}
	}

	private static BigDecimal direct(Item item, BigDecimal score) {
		if (score == null) {
			return null;
		}
		DirectScore direct = item.directScore();
		if (score.signum() < 0 || score.compareTo(direct.max()) > 0) {
			throw invalid(item, ".score", direct.label() + " must be between 0 and "
					+ Points.normalize(direct.max()).toPlainString() + ", got " + score.toPlainString());
		}
		if (score.remainder(direct.step()).signum() != 0) {
			throw invalid(item, ".score", direct.label() + " goes in steps of "
					+ Points.normalize(direct.step()).toPlainString() + ", got " + score.toPlainString());
		}
		return score;
	}

	private Rule ruleOf(Item item, String ruleId, String path) {
		if (ruleId == null || ruleId.isBlank()) {
			throw invalid(item, path + ".ruleId", "is required");
		}
		for (Rule rule : item.rules()) {
			if (rule.id().equals(ruleId)) {
				return rule;
			}
		}
		Item owner = this.itemOfRule.get(ruleId);
		String message = (owner != null)
				? "rule " + ruleId + " belongs to item '" + owner.id() + "', not to item '" + item.id() + "'"
				: "rule " + ruleId + " is not a rule of template " + this.template.templateId() + " version "
						+ this.template.version();
		throw AnswerProblems.unknown("unknown-rule", item.id(), path + ".ruleId", message);
	}

}
