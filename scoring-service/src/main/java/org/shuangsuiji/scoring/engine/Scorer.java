package org.shuangsuiji.scoring.engine;

import java.util.HashMap;
import java.util.Map;

import org.shuangsuiji.platform.problem.InvalidInputException;
import org.shuangsuiji.scoring.template.Item;
import org.shuangsuiji.scoring.template.Part;
import org.shuangsuiji.scoring.template.Rule;
import org.shuangsuiji.scoring.template.Template;
import org.shuangsuiji.scoring.template.TemplateKind;

/**
 * Scores answers against one template version. Built once per version (it indexes items
 * and rules), then safe to share between threads: each evaluation has its own state.
 * <p>
 * Every answer is checked before anything is scored; a bad answer is an
 * {@link InvalidInputException} whose {@code item} property names the item at fault. The
 * rules themselves live in the pieces this class puts together: answer checking
 * ({@link ItemAnswerCheck}, {@link ChecklistAnswerCheck}, {@link RuleAnswerCheck}), the
 * points of each rule kind ({@link RulePoints}), de-duplication ({@link ContentDedupe}),
 * floors and caps ({@link FloorsAndCaps}) and the conclusion ({@link Conclusion}).
 */
public final class Scorer {

	private final Template template;

	private final Map<String, Item> items = new HashMap<>();

	private final Map<String, Part> partOfItem = new HashMap<>();

	private final ItemAnswerCheck check;

	private Scorer(Template template) {
		this.template = template;
		Map<String, Item> itemOfRule = new HashMap<>();
		for (Part part : template.parts()) {
			for (Item item : part.items()) {
				this.items.put(item.id(), item);
				this.partOfItem.put(item.id(), part);
				for (Rule rule : item.rules()) {
					itemOfRule.put(rule.id(), item);
				}
			}
		}
		this.check = new ItemAnswerCheck(template, itemOfRule);
	}

	public static Scorer of(Template template) {
		return new Scorer(template);
	}

	public Template template() {
		return this.template;
	}

	/** The item, or an {@code unknown-item} problem naming it. */
	public Item item(String itemId) {
		Item item = this.items.get(itemId);
		if (item == null) {
			throw AnswerProblems.unknown("unknown-item", itemId, "", "item '" + itemId + "' is not an item of template "
					+ this.template.templateId() + " version " + this.template.version());
		}
		return item;
	}

	/** Checks one item's answer as {@link #evaluate} would, without scoring. */
	public void check(String itemId, ItemAnswer answer) {
		Item item = item(itemId);
		this.check.check(this.partOfItem.get(itemId), item, answer);
	}

	/**
	 * Scores the answers: a {@link ChecklistEvaluation} for a checklist, a
	 * {@link PointsEvaluation} for a points table. Unanswered items score nothing and are
	 * listed as missing.
	 */
	public Evaluation evaluate(Answers answers) {
		for (String itemId : answers.items().keySet()) {
			item(itemId);
		}
		if (this.template.kind() == TemplateKind.CHECKLIST) {
			return new ChecklistScoring(this.template, this.check).evaluate(answers);
		}
		return new PointsScoring(this.template, this.check).evaluate(answers);
	}

}
