package org.shuangsuiji.scoring.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.shuangsuiji.scoring.template.Item;
import org.shuangsuiji.scoring.template.Rule;
import org.shuangsuiji.scoring.template.RuleKind;

import static org.shuangsuiji.scoring.engine.AnswerProblems.invalid;

/**
 * The answer to one rule, checked against the rule: its contents (each once, each one of
 * the rule's options if it has any), its occurrences (plausible, matching the contents,
 * within the rule's limit) and whether it may carry points at all. How many points the
 * checked answer is worth is the rule kind's business ({@link RulePoints}).
 */
final class RuleAnswerCheck {

	/** Occurrences beyond this are a typing error, not an inspection finding. */
	static final int MAX_OCCURRENCES = 1000;

	/** Contents name areas, signs or news titles; longer ones are pasted text. */
	static final int MAX_CONTENT_LENGTH = 200;

	private RuleAnswerCheck() {
	}

	/**
	 * The rule's hit.
	 * @param path where the rule answer sits in the item's answer ({@code .rules[2]})
	 */
	static Hit check(Item item, Rule rule, RuleAnswer answer, String path) {
		List<String> contents = contents(item, rule, answer, path);
		int occurrences = occurrences(item, rule, answer, contents, path);
		if (rule.kind() != RuleKind.DISCRETIONARY && answer.points() != null) {
			throw invalid(item, path + ".points", "rule " + rule.id() + " has set points; only a discretionary "
					+ "or expert-assessed rule takes points");
		}
		if (rule.maxOccurrences() != null && occurrences > rule.maxOccurrences()) {
			throw invalid(item, path + ".occurrences",
					"rule " + rule.id() + " applies at most " + rule.maxOccurrences() + " times");
		}
		RulePoints.Answered answered = new RulePoints.Answered(item, rule, answer, occurrences, contents, path);
		return RulePoints.of(rule.kind()).hit(answered);
	}

	/**
	 * How often the rule applies: the number of contents if named, else the occurrences
	 * given, else once (a rule counted per content, or graded by its count, needs them).
	 */
	private static int occurrences(Item item, Rule rule, RuleAnswer answer, List<String> contents, String path) {
		Integer given = answer.occurrences();
		if (given != null && given < 0) {
			throw invalid(item, path + ".occurrences", "occurrences of rule " + rule.id() + " cannot be negative");
		}
		if (given != null && given > MAX_OCCURRENCES) {
			throw invalid(item, path + ".occurrences", "more than " + MAX_OCCURRENCES + " occurrences of rule "
					+ rule.id() + " is not a plausible finding");
		}
		if (given != null && !contents.isEmpty() && given != contents.size()) {
			throw invalid(item, path + ".occurrences", "rule " + rule.id() + " names " + contents.size()
					+ " contents but claims " + given + " occurrences");
		}
		// Named or explicitly 0: a rule counted per content (an option, a report's title)
		// answered with neither would otherwise count once, or silently nothing.
		boolean needsContents = !rule.options().isEmpty() || rule.dedupeGroup() != null;
		if (needsContents && contents.isEmpty() && (given == null || given > 0)) {
			throw invalid(item, path + ".contents", "rule " + rule.id() + " needs the contents it applies to"
					+ (rule.options().isEmpty() ? "" : ", out of: " + String.join("、", rule.options())));
		}
		// A band is chosen by the count: no count, no band.
		if (rule.kind() == RuleKind.TIERED && contents.isEmpty() && given == null) {
			throw invalid(item, path + ".occurrences",
					"rule " + rule.id() + " is graded by how often it applies: give its occurrences");
		}
		return !contents.isEmpty() ? contents.size() : (given != null) ? given : 1;
	}

	/** The contents named, stripped: none blank, none too long, none twice. */
	private static List<String> contents(Item item, Rule rule, RuleAnswer answer, String path) {
		List<String> contents = new ArrayList<>(answer.contents().size());
		Set<String> seen = new HashSet<>();
		for (String raw : answer.contents()) {
			String content = (raw != null) ? raw.strip() : "";
			if (content.isEmpty()) {
				throw invalid(item, path + ".contents", "contents of rule " + rule.id() + " must not be blank");
			}
			if (content.length() > MAX_CONTENT_LENGTH) {
				throw invalid(item, path + ".contents",
						"a content of rule " + rule.id() + " is longer than " + MAX_CONTENT_LENGTH + " characters");
			}
			if (!rule.options().isEmpty() && !rule.options().contains(content)) {
				throw invalid(item, path + ".contents", "「" + content + "」 is not one of the options of rule "
						+ rule.id() + ": " + String.join("、", rule.options()));
			}
			if (!seen.add(content)) {
				throw invalid(item, path + ".contents", "「" + content + "」 is named twice for rule " + rule.id());
			}
			contents.add(content);
		}
		return contents;
	}

}
