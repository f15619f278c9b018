package org.shuangsuiji.scoring.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shuangsuiji.scoring.template.Template;

/**
 * Builds answers the way an inspector fills a sheet, so that fixtures read as findings:
 * {@code answers().deduct("2.7").times("4.1.b", 1).score("12", "100")}.
 */
public final class AnswerBuilder {

	private final Template template;

	private final Map<String, ItemAnswer> items = new LinkedHashMap<>();

	private AnswerBuilder(Template template) {
		this.template = template;
	}

	public static AnswerBuilder answersTo(Template template) {
		return new AnswerBuilder(template);
	}

	/** A fixed rule (or a consequence) applies once. */
	public AnswerBuilder deduct(String ruleId) {
		return rule(RuleAnswer.once(ruleId, "found: " + ruleId));
	}

	public AnswerBuilder times(String ruleId, int occurrences) {
		return rule(RuleAnswer.times(ruleId, occurrences, occurrences + " × " + ruleId));
	}

	public AnswerBuilder points(String ruleId, String points, String... contents) {
		return rule(new RuleAnswer(ruleId, null, new BigDecimal(points), List.of(contents), "chosen: " + points));
	}

	public AnswerBuilder contents(String ruleId, String... contents) {
		return rule(RuleAnswer.contents(ruleId, List.of(contents), "named"));
	}

	public AnswerBuilder rule(RuleAnswer rule) {
		String itemId = itemOf(rule.ruleId());
		ItemAnswer current = this.items.getOrDefault(itemId, new ItemAnswer(null, List.of(), List.of(), null, null));
		this.items.put(itemId, current.with(rule));
		return this;
	}

	public AnswerBuilder score(String itemId, String score) {
		this.items.put(itemId, ItemAnswer.score(new BigDecimal(score), "score " + score));
		return this;
	}

	/**
	 * Full marks on the expert-scored items of the 鄂州 sheet: archive 100/100, appraisers
	 * 5/5.
	 */
	public AnswerBuilder fullExpertScores() {
		return score("12", "100").score("13", "5");
	}

	public AnswerBuilder finding(String itemId, Finding finding, Integer... subPoints) {
		this.items.put(itemId, ItemAnswer.finding(finding, List.of(subPoints), "note on " + itemId));
		return this;
	}

	/** Every checklist item answered B 未发现 unless answered already. */
	public AnswerBuilder restNotFound() {
		this.template.items()
			.forEach((item) -> this.items.putIfAbsent(item.id(), ItemAnswer.finding(Finding.B, List.of(), null)));
		return this;
	}

	/**
	 * Every item scored by rules and not answered yet: checked, no rule applies
	 * ("checked, nothing found", never assumed).
	 */
	public AnswerBuilder restChecked() {
		this.template.items()
			.filter((item) -> item.directScore() == null)
			.forEach((item) -> this.items.putIfAbsent(item.id(), ItemAnswer.nothingApplies(null)));
		return this;
	}

	public Answers build() {
		return new Answers(this.items);
	}

	private String itemOf(String ruleId) {
		List<String> owners = new ArrayList<>();
		this.template.items()
			.filter((item) -> item.rules().stream().anyMatch((rule) -> rule.id().equals(ruleId)))
			.forEach((item) -> owners.add(item.id()));
		if (owners.isEmpty()) {
			throw new IllegalArgumentException("no rule " + ruleId + " in " + this.template.templateId());
		}
		return owners.get(0);
	}

}
