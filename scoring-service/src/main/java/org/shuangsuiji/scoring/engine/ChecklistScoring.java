package org.shuangsuiji.scoring.engine;

import java.util.ArrayList;
import java.util.List;

import org.shuangsuiji.scoring.template.Item;
import org.shuangsuiji.scoring.template.Part;
import org.shuangsuiji.scoring.template.SubPoint;
import org.shuangsuiji.scoring.template.Template;

/**
 * Scores one checklist: counts the A/B/C answers, traces every sub-point found, collects
 * the actions those sub-points and findings recommend, and concludes. Used once per
 * evaluation.
 */
final class ChecklistScoring {

	private final Template template;

	private final ItemAnswerCheck check;

	private final List<ItemOutcome> outcomes = new ArrayList<>();

	private final List<TraceEntry> trace = new ArrayList<>();

	private final List<String> missing = new ArrayList<>();

	private final RecommendedActions actions = new RecommendedActions();

	private final List<RecommendedAction.Basis> findingBasis = new ArrayList<>();

	// plain counters: this runs per evaluation on the hot path (no boxing, no map)
	private int found;

	private int notFound;

	private int notApplicable;

	ChecklistScoring(Template template, ItemAnswerCheck check) {
		this.template = template;
		this.check = check;
	}

	ChecklistEvaluation evaluate(Answers answers) {
		for (Part part : this.template.parts()) {
			for (Item item : part.items()) {
				ItemAnswer answer = answers.items().get(item.id());
				if (answer != null) {
					this.check.check(part, item, answer);
				}
				this.outcomes.add(outcome(part, item, answer).withEvidence(answer));
			}
		}
		this.actions.addForFindings(this.template.findingAction(), this.findingBasis);
		FindingCounts findings = new FindingCounts(this.found, this.notFound, this.notApplicable, this.missing.size());
		Outcome conclusion = Conclusion.ofChecklist(this.template, this.actions, this.found, this.missing);
		List<RecommendedAction> recommended = this.actions.list();
		return new ChecklistEvaluation(this.template.templateId(), this.template.version(), conclusion, this.outcomes,
				findings, recommended, this.trace,
				ProvincialReview.of(this.template.provincialReview(), recommended, conclusion, this.found),
				this.missing);
	}

	private ItemOutcome outcome(Part part, Item item, ItemAnswer answer) {
		Finding finding = (answer != null) ? answer.finding() : null;
		if (finding == null) {
			this.missing.add(item.id());
			return ItemOutcome.unanswered(item);
		}
		switch (finding) {
			case A -> this.found++;
			case B -> this.notFound++;
			case C -> this.notApplicable++;
		}
		return (finding == Finding.A) ? found(part, item, answer) : ItemOutcome.nothingFound(item, finding);
	}

	/**
	 * An A 发现: each sub-point named is traced and recommends its action; with none named,
	 * the item as a whole is traced.
	 */
	private ItemOutcome found(Part part, Item item, ItemAnswer answer) {
		if (answer.subPoints().isEmpty()) {
			this.trace.add(TraceEntry.finding(part.id(), item.id(), null, item.title(), answer.note()));
		}
		List<String> numbers = new ArrayList<>();
		for (SubPoint point : item.subPoints()) {
			if (point.number() == null || !answer.subPoints().contains(point.number())) {
				continue;
			}
			String ref = "（" + point.number() + "）";
			numbers.add(String.valueOf(point.number()));
			this.trace.add(TraceEntry.finding(part.id(), item.id(), ref, point.text(), answer.note()));
			if (point.action() != null) {
				this.actions.add(point.action(),
						new RecommendedAction.Basis(item.id(), ref, point.text(), null, answer.note()));
			}
		}
		if (item.action() != null) {
			this.actions.add(item.action(), new RecommendedAction.Basis(item.id(), null, item.title(),
					numbers.stream().map((number) -> "（" + number + "）").toList(), answer.note()));
		}
		this.findingBasis.add(new RecommendedAction.Basis(item.id(), null, item.title(), null, answer.note()));
		return ItemOutcome.found(item, numbers);
	}

}
