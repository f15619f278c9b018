package org.shuangsuiji.scoring.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.shuangsuiji.scoring.template.DirectScore;
import org.shuangsuiji.scoring.template.GradeBand;
import org.shuangsuiji.scoring.template.Item;
import org.shuangsuiji.scoring.template.Part;
import org.shuangsuiji.scoring.template.PartKind;
import org.shuangsuiji.scoring.template.Rule;
import org.shuangsuiji.scoring.template.RuleKind;
import org.shuangsuiji.scoring.template.Template;

/**
 * Scores one points table: checks every answer, de-duplicates contents across items, adds
 * up each item's deductions, bonuses and direct score, floors and caps the parts, pools
 * and total, and grades the total. Used once per evaluation.
 */
final class PointsScoring {

	private final Template template;

	private final ItemAnswerCheck check;

	private final Map<String, CheckedItem> checked = new HashMap<>();

	private final List<String> missing = new ArrayList<>();

	private final List<TraceEntry> trace = new ArrayList<>();

	private final RecommendedActions actions = new RecommendedActions();

	private final List<RecommendedAction.Basis> findingBasis = new ArrayList<>();

	PointsScoring(Template template, ItemAnswerCheck check) {
		this.template = template;
		this.check = check;
	}

	PointsEvaluation evaluate(Answers answers) {
		ContentDedupe dedupe = checkAll(answers);
		FloorsAndCaps limits = new FloorsAndCaps(this.trace);
		List<PartScore> parts = new ArrayList<>();
		List<ItemOutcome> outcomes = new ArrayList<>();
		for (Part part : this.template.parts()) {
			BigDecimal deducted = Points.ZERO;
			BigDecimal added = Points.ZERO;
			for (Item item : part.items()) {
				ItemAnswer answer = answers.items().get(item.id());
				ItemOutcome outcome = item(part, item, dedupe, answer).withEvidence(answer);
				outcomes.add(outcome);
				deducted = deducted.add(outcome.deducted());
				added = added.add(outcome.added());
			}
			parts.add(limits.part(part, deducted, added));
		}
		Map<String, PartScore> partsById = parts.stream()
			.collect(Collectors.toMap(PartScore::partId, Function.identity()));
		List<PoolScore> pools = limits.pools(this.template, partsById);
		BigDecimal total = limits.total(this.template, parts, pools);
		GradeBand band = Conclusion.grade(this.template, total);
		this.actions.addForFindings(this.template.findingAction(), this.findingBasis);
		if (band.action() != null) {
			this.actions.add(band.action(), new RecommendedAction.Basis(null, band.code(), band.label(), null, null));
		}
		Outcome grade = new Outcome(band.code(), band.label());
		List<RecommendedAction> recommended = this.actions.list();
		int withFindings = (int) outcomes.stream().filter((outcome) -> outcome.findings() > 0).count();
		return new PointsEvaluation(this.template.templateId(), this.template.version(), total,
				Points.normalize(this.template.totalCap()), grade, parts, pools, outcomes, recommended, this.trace,
				ProvincialReview.of(this.template.provincialReview(), recommended, grade, withFindings), this.missing);
	}

	/**
	 * Checks every answer before anything is scored, notes the items still unanswered,
	 * and de-duplicates the rules that applied.
	 */
	private ContentDedupe checkAll(Answers answers) {
		List<Hit> hits = new ArrayList<>();
		for (Part part : this.template.parts()) {
			for (Item item : part.items()) {
				ItemAnswer answer = answers.items().get(item.id());
				CheckedItem checked = (answer != null) ? this.check.check(part, item, answer) : CheckedItem.EMPTY;
				this.checked.put(item.id(), checked);
				hits.addAll(checked.hits());
				if (unanswered(item, answer, checked)) {
					this.missing.add(item.id());
				}
			}
		}
		return ContentDedupe.of(hits);
	}

	/**
	 * A directly scored item without its score, or an item scored by rules that names no
	 * rule and does not say it was checked: "never touched" is not "nothing applies".
	 */
	private static boolean unanswered(Item item, ItemAnswer answer, CheckedItem checked) {
		if (item.directScore() != null) {
			return checked.direct() == null;
		}
		return answer == null || (answer.rules().isEmpty() && !answer.checked());
	}

	private ItemOutcome item(Part part, Item item, ContentDedupe dedupe, ItemAnswer answer) {
		ItemTally tally = new ItemTally();
		CheckedItem checked = this.checked.get(item.id());
		for (Hit answered : checked.hits()) {
			Hit hit = dedupe.counted(answered);
			if (hit.rule().kind() == RuleKind.CONSEQUENCE) {
				this.trace.add(TraceEntry.consequence(part.id(), item.id(), hit.rule(), hit.occurrences(),
						hit.contents(), hit.reason()));
				this.actions.add(hit.rule().action(), basis(item, hit));
				continue;
			}
			if (hit.points().signum() > 0) {
				apply(part, item, hit, tally);
			}
			for (ContentDedupe.NotCounted not : dedupe.dropped(answered)) {
				this.trace.add(TraceEntry.notCounted(part.id(), item.id(), hit.rule(), not.content(), not.countedBy()));
			}
		}
		if (checked.direct() != null) {
			tally.added = tally.added.add(direct(part, item, checked.direct(), answer.note()));
		}
		if (!tally.found.isEmpty()) {
			this.findingBasis.add(new RecommendedAction.Basis(item.id(), String.join(",", tally.found), item.title(),
					null, tally.firstReason));
		}
		return ItemOutcome.scored(item, tally.found, tally.deducted, tally.added);
	}

	/** A rule's points: added in a bonus part, deducted (and a finding) anywhere else. */
	private void apply(Part part, Item item, Hit hit, ItemTally tally) {
		Rule rule = hit.rule();
		if (part.kind() == PartKind.BONUS) {
			tally.added = tally.added.add(hit.points());
			this.trace.add(TraceEntry.bonus(part.id(), item.id(), rule, hit.occurrences(), hit.contents(), hit.points(),
					hit.reason()));
		}
		else {
			tally.deducted = tally.deducted.add(hit.points());
			tally.found.add(rule.id());
			tally.firstReason = (tally.firstReason != null) ? tally.firstReason : hit.reason();
			this.trace.add(TraceEntry.deduction(part.id(), item.id(), rule, hit.occurrences(), hit.contents(),
					hit.points(), hit.reason()));
		}
		if (rule.action() != null) {
			this.actions.add(rule.action(), basis(item, hit));
		}
	}

	/**
	 * The points of a directly scored item: the score entered times the item's factor.
	 */
	private BigDecimal direct(Part part, Item item, BigDecimal entered, String note) {
		DirectScore score = item.directScore();
		BigDecimal points = entered.multiply(score.factor());
		String factor = (score.factor().compareTo(BigDecimal.ONE) != 0)
				? " × " + Points.normalize(score.factor()).toPlainString() : "";
		this.trace.add(TraceEntry.directScore(part.id(), item.id(), points,
				score.label() + " " + Points.normalize(entered).toPlainString() + factor, note));
		return points;
	}

	private static RecommendedAction.Basis basis(Item item, Hit hit) {
		return new RecommendedAction.Basis(item.id(), hit.rule().id(), hit.rule().text(), hit.contents(), hit.reason());
	}

	/** What one item's rules came to so far. */
	private static final class ItemTally {

		private BigDecimal deducted = Points.ZERO;

		private BigDecimal added = Points.ZERO;

		private final List<String> found = new ArrayList<>();

		private String firstReason;

	}

}
