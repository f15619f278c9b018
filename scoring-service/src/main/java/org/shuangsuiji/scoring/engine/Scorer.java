package org.shuangsuiji.scoring.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.shuangsuiji.platform.problem.InvalidInputException;
import org.shuangsuiji.platform.problem.ProblemException;
import org.shuangsuiji.scoring.template.Action;
import org.shuangsuiji.scoring.template.ConclusionRule;
import org.shuangsuiji.scoring.template.DirectScore;
import org.shuangsuiji.scoring.template.GradeBand;
import org.shuangsuiji.scoring.template.Item;
import org.shuangsuiji.scoring.template.Part;
import org.shuangsuiji.scoring.template.PartKind;
import org.shuangsuiji.scoring.template.Pool;
import org.shuangsuiji.scoring.template.Rule;
import org.shuangsuiji.scoring.template.RuleKind;
import org.shuangsuiji.scoring.template.SubPoint;
import org.shuangsuiji.scoring.template.Template;
import org.shuangsuiji.scoring.template.TemplateKind;

/**
 * Scores answers against one template version. Built once per version (it indexes items
 * and rules), then safe to share between threads: it keeps no state between calls.
 * <p>
 * Every answer is checked before anything is scored; a bad answer is an
 * {@link InvalidInputException} whose {@code item} property names the item at fault.
 */
public final class Scorer {

	/** Occurrences beyond this are a typing error, not an inspection finding. */
	static final int MAX_OCCURRENCES = 1000;

	/** Contents name areas, signs or news titles; longer ones are pasted text. */
	static final int MAX_CONTENT_LENGTH = 200;

	private final Template template;

	private final Map<String, Item> items = new HashMap<>();

	private final Map<String, Part> partOfItem = new HashMap<>();

	private final Map<String, Item> itemOfRule = new HashMap<>();

	private Scorer(Template template) {
		this.template = template;
		for (Part part : template.parts()) {
			for (Item item : part.items()) {
				this.items.put(item.id(), item);
				this.partOfItem.put(item.id(), part);
				for (Rule rule : item.rules()) {
					this.itemOfRule.put(rule.id(), item);
				}
			}
		}
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
			throw problem(new InvalidInputException("unknown-item", "items." + itemId,
					"item '" + itemId + "' is not an item of template " + this.template.templateId() + " version "
							+ this.template.version()),
					itemId);
		}
		return item;
	}

	/** Checks one item's answer as {@link #evaluate} would, without scoring. */
	public void check(String itemId, ItemAnswer answer) {
		Item item = item(itemId);
		answerOf(this.partOfItem.get(itemId), item, answer);
	}

	/** Scores the answers. Unanswered items score nothing and are listed as missing. */
	public Evaluation evaluate(Answers answers) {
		for (String itemId : answers.items().keySet()) {
			item(itemId);
		}
		return (this.template.kind() == TemplateKind.CHECKLIST) ? checklist(answers) : points(answers);
	}

	private Evaluation checklist(Answers answers) {
		List<ItemOutcome> outcomes = new ArrayList<>();
		List<TraceEntry> trace = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		Actions actions = new Actions();
		List<RecommendedAction.Basis> findingBasis = new ArrayList<>();
		int found = 0;
		int notFound = 0;
		int notApplicable = 0;
		for (Part part : this.template.parts()) {
			for (Item item : part.items()) {
				ItemAnswer answer = answers.items().get(item.id());
				if (answer != null) {
					answerOf(part, item, answer);
				}
				Finding finding = (answer != null) ? answer.finding() : null;
				if (finding == null) {
					missing.add(item.id());
					outcomes
						.add(new ItemOutcome(item.id(), item.number(), null, 0, List.of(), Points.ZERO, Points.ZERO));
					continue;
				}
				switch (finding) {
					case A -> found++;
					case B -> notFound++;
					case C -> notApplicable++;
				}
				if (finding != Finding.A) {
					outcomes.add(
							new ItemOutcome(item.id(), item.number(), finding, 0, List.of(), Points.ZERO, Points.ZERO));
					continue;
				}
				List<String> numbers = new ArrayList<>();
				if (answer.subPoints().isEmpty()) {
					trace.add(new TraceEntry(TraceKind.FINDING, part.id(), item.id(), null, null, null, Points.ZERO,
							item.title(), answer.note()));
				}
				for (SubPoint point : item.subPoints()) {
					if (point.number() == null || !answer.subPoints().contains(point.number())) {
						continue;
					}
					String ref = "（" + point.number() + "）";
					numbers.add(String.valueOf(point.number()));
					trace.add(new TraceEntry(TraceKind.FINDING, part.id(), item.id(), ref, null, null, Points.ZERO,
							point.text(), answer.note()));
					if (point.action() != null) {
						actions.add(point.action(),
								new RecommendedAction.Basis(item.id(), ref, point.text(), null, answer.note()));
					}
				}
				findingBasis.add(new RecommendedAction.Basis(item.id(), null, item.title(), null, answer.note()));
				outcomes.add(new ItemOutcome(item.id(), item.number(), finding, Math.max(1, numbers.size()), numbers,
						Points.ZERO, Points.ZERO));
			}
		}
		addFindingAction(actions, findingBasis);
		Outcome conclusion = conclusion(actions, found);
		return new Evaluation(this.template.templateId(), this.template.version(), TemplateKind.CHECKLIST, null, null,
				null, conclusion, List.of(), List.of(), outcomes,
				new FindingCounts(found, notFound, notApplicable, missing.size()), actions.list(), trace,
				missing.isEmpty(), missing);
	}

	private Outcome conclusion(Actions actions, int found) {
		for (ConclusionRule rule : this.template.conclusions()) {
			boolean actionMatches = rule.whenAction() == null || actions.contains(rule.whenAction());
			boolean findingsMatch = rule.minFindings() == null || found >= rule.minFindings();
			if (actionMatches && findingsMatch) {
				return new Outcome(rule.code(), rule.label());
			}
		}
		throw new IllegalStateException("template " + this.template.templateId() + " has no matching conclusion");
	}

	private Evaluation points(Answers answers) {
		List<String> missing = new ArrayList<>();
		Map<String, List<Hit>> hitsByItem = new LinkedHashMap<>();
		Map<String, BigDecimal> directByItem = new HashMap<>();
		List<Hit> allHits = new ArrayList<>();
		for (Part part : this.template.parts()) {
			for (Item item : part.items()) {
				ItemAnswer answer = answers.items().get(item.id());
				Checked checked = (answer != null) ? answerOf(part, item, answer) : Checked.EMPTY;
				hitsByItem.put(item.id(), checked.hits());
				allHits.addAll(checked.hits());
				if (item.directScore() != null) {
					if (checked.direct() == null) {
						missing.add(item.id());
					}
					else {
						directByItem.put(item.id(), checked.direct());
					}
				}
			}
		}
		Dedupe dedupe = dedupe(allHits);

		List<TraceEntry> trace = new ArrayList<>();
		List<PartScore> parts = new ArrayList<>();
		List<ItemOutcome> outcomes = new ArrayList<>();
		Actions actions = new Actions();
		List<RecommendedAction.Basis> findingBasis = new ArrayList<>();
		Map<String, PartScore> partScores = new HashMap<>();
		for (Part part : this.template.parts()) {
			BigDecimal partDeducted = Points.ZERO;
			BigDecimal partAdded = Points.ZERO;
			for (Item item : part.items()) {
				BigDecimal deducted = Points.ZERO;
				BigDecimal added = Points.ZERO;
				List<String> found = new ArrayList<>();
				String firstReason = null;
				for (Hit answered : hitsByItem.get(item.id())) {
					Hit hit = dedupe.recounted().getOrDefault(answered, answered);
					Rule rule = hit.rule();
					if (rule.kind() == RuleKind.CONSEQUENCE) {
						trace.add(new TraceEntry(TraceKind.CONSEQUENCE, part.id(), item.id(), rule.id(),
								hit.occurrences(), hit.contents(), Points.ZERO, rule.text(), hit.reason()));
						actions.add(rule.action(), new RecommendedAction.Basis(item.id(), rule.id(), rule.text(),
								hit.contents(), hit.reason()));
						continue;
					}
					if (hit.points().signum() > 0) {
						if (part.kind() == PartKind.BONUS) {
							added = added.add(hit.points());
							trace
								.add(new TraceEntry(TraceKind.BONUS, part.id(), item.id(), rule.id(), hit.occurrences(),
										hit.contents(), Points.normalize(hit.points()), rule.text(), hit.reason()));
						}
						else {
							deducted = deducted.add(hit.points());
							found.add(rule.id());
							firstReason = (firstReason != null) ? firstReason : hit.reason();
							trace.add(new TraceEntry(TraceKind.DEDUCTION, part.id(), item.id(), rule.id(),
									hit.occurrences(), hit.contents(), Points.normalize(hit.points().negate()),
									rule.text(), hit.reason()));
						}
						if (rule.action() != null) {
							actions.add(rule.action(), new RecommendedAction.Basis(item.id(), rule.id(), rule.text(),
									hit.contents(), hit.reason()));
						}
					}
					for (NotCounted not : dedupe.dropped().getOrDefault(answered, List.of())) {
						trace.add(new TraceEntry(TraceKind.NOT_COUNTED, part.id(), item.id(), rule.id(), 1,
								List.of(not.content()), Points.ZERO, rule.text(),
								"counted by rule " + not.countedBy().id() + "（相同内容者以最高级别加分，不重复加分）"));
					}
				}
				BigDecimal direct = directByItem.get(item.id());
				if (direct != null) {
					DirectScore score = item.directScore();
					BigDecimal itemPoints = direct.multiply(score.factor());
					added = added.add(itemPoints);
					ItemAnswer answer = answers.items().get(item.id());
					trace.add(new TraceEntry(TraceKind.DIRECT_SCORE, part.id(), item.id(), null, null, null,
							Points.normalize(itemPoints),
							score.label() + " " + Points.normalize(direct).toPlainString()
									+ ((score.factor().compareTo(BigDecimal.ONE) != 0)
											? " × " + Points.normalize(score.factor()).toPlainString() : ""),
							answer.note()));
				}
				if (!found.isEmpty()) {
					findingBasis.add(new RecommendedAction.Basis(item.id(), String.join(",", found), item.title(), null,
							firstReason));
				}
				partDeducted = partDeducted.add(deducted);
				partAdded = partAdded.add(added);
				outcomes.add(new ItemOutcome(item.id(), item.number(), null, found.size(), found,
						Points.normalize(deducted), Points.normalize(added)));
			}
			PartScore score = partScore(part, partDeducted, partAdded, trace);
			parts.add(score);
			partScores.put(part.id(), score);
		}

		List<PoolScore> pools = new ArrayList<>();
		Set<String> pooledParts = new HashSet<>();
		BigDecimal sum = Points.ZERO;
		for (Pool pool : this.template.pools()) {
			BigDecimal max = Points.ZERO;
			BigDecimal raw = Points.ZERO;
			for (String partId : pool.partIds()) {
				PartScore score = partScores.get(partId);
				max = max.add(score.max());
				raw = raw.add(score.score());
				pooledParts.add(partId);
			}
			BigDecimal pooled = raw.max(pool.floor()).min(max);
			boolean floorReached = raw.compareTo(pool.floor()) < 0;
			if (floorReached) {
				trace.add(new TraceEntry(TraceKind.POOL_FLOOR, null, null, pool.id(), null, null,
						Points.normalize(pool.floor().subtract(raw)), pool.note(), null));
			}
			pools.add(new PoolScore(pool.id(), pool.partIds(), Points.normalize(max), Points.normalize(pool.floor()),
					Points.normalize(raw), Points.normalize(pooled), floorReached));
			sum = sum.add(pooled);
		}
		for (PartScore score : parts) {
			if (!pooledParts.contains(score.partId())) {
				sum = sum.add(score.score());
			}
		}
		BigDecimal total = sum.max(Points.ZERO);
		if (total.compareTo(this.template.totalCap()) > 0) {
			trace.add(new TraceEntry(TraceKind.TOTAL_CAP, null, null, null, null, null,
					Points.normalize(this.template.totalCap().subtract(total)),
					"总分为" + Points.normalize(this.template.totalCap()).toPlainString() + "分", null));
			total = this.template.totalCap();
		}
		total = Points.normalize(total);
		GradeBand band = grade(total);
		addFindingAction(actions, findingBasis);
		if (band.action() != null) {
			actions.add(band.action(), new RecommendedAction.Basis(null, band.code(), band.label(), null, null));
		}
		return new Evaluation(this.template.templateId(), this.template.version(), TemplateKind.DEDUCTION, total,
				Points.normalize(this.template.totalCap()), new Outcome(band.code(), band.label()), null, parts, pools,
				outcomes, null, actions.list(), trace, missing.isEmpty(), missing);
	}

	private PartScore partScore(Part part, BigDecimal deducted, BigDecimal added, List<TraceEntry> trace) {
		BigDecimal max = part.max();
		return switch (part.kind()) {
			case DEDUCTION -> {
				BigDecimal raw = max.subtract(deducted);
				boolean floorReached = part.floor() != null && raw.compareTo(part.floor()) < 0;
				BigDecimal score = floorReached ? part.floor() : raw;
				if (floorReached) {
					trace.add(new TraceEntry(TraceKind.PART_FLOOR, part.id(), null, null, null, null,
							Points.normalize(part.floor().subtract(raw)),
							part.title() + "扣完为止（最低" + Points.normalize(part.floor()).toPlainString() + "分）", null));
				}
				yield new PartScore(part.id(), part.label(), part.title(), part.kind(), Points.normalize(max),
						Points.normalizeNullable(part.floor()), Points.normalize(deducted), Points.ZERO,
						Points.normalize(score), floorReached, false);
			}
			case BONUS, SCORED -> {
				boolean capReached = added.compareTo(max) > 0;
				BigDecimal score = capReached ? max : added;
				if (capReached) {
					trace.add(new TraceEntry(TraceKind.PART_CAP, part.id(), null, null, null, null,
							Points.normalize(max.subtract(added)),
							part.title() + "以" + Points.normalize(max).toPlainString() + "分为限", null));
				}
				yield new PartScore(part.id(), part.label(), part.title(), part.kind(), Points.normalize(max),
						Points.normalizeNullable(part.floor()), Points.ZERO, Points.normalize(added),
						Points.normalize(score), false, capReached);
			}
			case CHECKLIST -> throw new IllegalStateException("a points table has no checklist part");
		};
	}

	private GradeBand grade(BigDecimal total) {
		for (GradeBand band : this.template.grades()) {
			if (total.compareTo(band.min()) >= 0) {
				return band;
			}
		}
		throw new IllegalStateException("template " + this.template.templateId() + " has no band for " + total);
	}

	private void addFindingAction(Actions actions, List<RecommendedAction.Basis> basis) {
		Action action = this.template.findingAction();
		if (action != null) {
			for (RecommendedAction.Basis one : basis) {
				actions.add(action, one);
			}
		}
	}

	/**
	 * Keeps, for each content of a dedupe group, only the occurrence at the rule with the
	 * most points (the first such rule in template order on a tie). Returns the hits
	 * whose count changed, keyed by the original hit, and what each hit did not count.
	 */
	private Dedupe dedupe(List<Hit> hits) {
		Map<String, Map<String, Hit>> best = new HashMap<>();
		for (Hit hit : hits) {
			if (hit.rule().dedupeGroup() == null) {
				continue;
			}
			Map<String, Hit> group = best.computeIfAbsent(hit.rule().dedupeGroup(), (g) -> new HashMap<>());
			for (String content : hit.contents()) {
				Hit current = group.get(content);
				if (current == null || hit.rule().points().compareTo(current.rule().points()) > 0) {
					group.put(content, hit);
				}
			}
		}
		Dedupe dedupe = new Dedupe(new IdentityHashMap<>(), new IdentityHashMap<>());
		for (Hit hit : hits) {
			if (hit.rule().dedupeGroup() == null) {
				continue;
			}
			Map<String, Hit> group = best.get(hit.rule().dedupeGroup());
			int counted = 0;
			for (String content : hit.contents()) {
				Hit winner = group.get(content);
				if (winner == hit) {
					counted++;
				}
				else {
					dedupe.dropped()
						.computeIfAbsent(hit, (h) -> new ArrayList<>())
						.add(new NotCounted(content, winner.rule()));
				}
			}
			if (counted != hit.occurrences()) {
				dedupe.recounted().put(hit, hit.recounted(counted));
			}
		}
		return dedupe;
	}

	/**
	 * Checks one item's answer and works out each rule's occurrences and points. Dedupe
	 * groups are applied later, across items.
	 */
	private Checked answerOf(Part part, Item item, ItemAnswer answer) {
		if (part.kind() == PartKind.CHECKLIST) {
			checkChecklist(item, answer);
			return Checked.EMPTY;
		}
		if (answer.finding() != null || !answer.subPoints().isEmpty()) {
			throw invalid(item, ".finding", "item '" + item.id() + "' is scored, not answered A/B/C");
		}
		if (item.directScore() != null) {
			if (!answer.rules().isEmpty()) {
				throw invalid(item, ".rules", "item '" + item.id() + "' is scored directly and has no rules");
			}
			return new Checked(List.of(), checkDirect(item, answer.score()));
		}
		if (answer.score() != null) {
			throw invalid(item, ".score", "item '" + item.id() + "' is scored by its rules, not by a direct score");
		}
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
			Hit hit = hitOf(item, rule, ruleAnswer, path);
			if (hit.occurrences() == 0) {
				continue;
			}
			for (String content : hit.rule().options().isEmpty() ? List.<String>of() : hit.contents()) {
				String other = optionUsedBy.putIfAbsent(content, rule.id());
				if (other != null) {
					throw invalid(item, path + ".contents", "「" + content + "」 is already counted by rule " + other
							+ "; each one is counted by one rule only");
				}
			}
			if (rule.exclusiveGroup() != null) {
				String other = exclusiveUsedBy.putIfAbsent(rule.exclusiveGroup(), rule.id());
				if (other != null) {
					throw invalid(item, path + ".ruleId",
							"rules " + other + " and " + rule.id() + " are graded alternatives: at most one applies");
				}
			}
			hits.add(hit);
		}
		return new Checked(hits, null);
	}

	private void checkChecklist(Item item, ItemAnswer answer) {
		if (!answer.rules().isEmpty() || answer.score() != null) {
			throw invalid(item, ".rules", "checklist item '" + item.id() + "' is answered A/B/C, not with points");
		}
		if (answer.finding() != Finding.A && !answer.subPoints().isEmpty()) {
			throw invalid(item, ".subPoints", "sub-points are named only with finding A 发现");
		}
		Set<Integer> seen = new HashSet<>();
		for (Integer number : answer.subPoints()) {
			boolean exists = number != null
					&& item.subPoints().stream().anyMatch((point) -> number.equals(point.number()));
			if (!exists) {
				throw invalid(item, ".subPoints", "item '" + item.id() + "' has no sub-point （" + number + "）");
			}
			if (!seen.add(number)) {
				throw invalid(item, ".subPoints", "sub-point （" + number + "） is named twice");
			}
		}
		if (answer.finding() == Finding.A && answer.subPoints().isEmpty() && item.hasActionSubPoints()) {
			throw invalid(item, ".subPoints", "name the sub-points found on item '" + item.id()
					+ "': some of them recommend " + actionSubPoints(item));
		}
	}

	private static String actionSubPoints(Item item) {
		List<String> parts = new ArrayList<>();
		for (SubPoint point : item.subPoints()) {
			if (point.number() != null && point.action() != null) {
				parts.add("（" + point.number() + "）" + point.action().label());
			}
		}
		return String.join("、", parts);
	}

	private BigDecimal checkDirect(Item item, BigDecimal score) {
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
		if (owner != null) {
			throw problem(new InvalidInputException("unknown-rule", "items." + item.id() + path + ".ruleId",
					"rule " + ruleId + " belongs to item '" + owner.id() + "', not to item '" + item.id() + "'"),
					item.id());
		}
		throw problem(new InvalidInputException("unknown-rule", "items." + item.id() + path + ".ruleId",
				"rule " + ruleId + " is not a rule of template " + this.template.templateId() + " version "
						+ this.template.version()),
				item.id());
	}

	private Hit hitOf(Item item, Rule rule, RuleAnswer answer, String path) {
		List<String> contents = checkContents(item, rule, answer, path);
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
		boolean needsContents = !rule.options().isEmpty() || rule.dedupeGroup() != null;
		if (needsContents && contents.isEmpty() && given != null && given > 0) {
			throw invalid(item, path + ".contents", "rule " + rule.id() + " needs the contents it applies to"
					+ (rule.options().isEmpty() ? "" : ", out of: " + String.join("、", rule.options())));
		}
		int occurrences = !contents.isEmpty() ? contents.size() : (given != null) ? given : 1;
		if (rule.kind() != RuleKind.DISCRETIONARY && answer.points() != null) {
			throw invalid(item, path + ".points", "rule " + rule.id() + " has set points; only a discretionary "
					+ "or expert-assessed rule takes points");
		}
		if (rule.maxOccurrences() != null && occurrences > rule.maxOccurrences()) {
			throw invalid(item, path + ".occurrences",
					"rule " + rule.id() + " applies at most " + rule.maxOccurrences() + " times");
		}
		return switch (rule.kind()) {
			case FIXED, CONSEQUENCE -> {
				if (occurrences > 1 && rule.options().isEmpty()) {
					throw invalid(item, path + ".occurrences", "rule " + rule.id() + " applies once or not at all");
				}
				BigDecimal points = (rule.kind() == RuleKind.FIXED)
						? rule.points().multiply(BigDecimal.valueOf(occurrences)) : Points.ZERO;
				yield new Hit(rule, occurrences, points, contents, answer.reason());
			}
			case PER_OCCURRENCE -> new Hit(rule, occurrences, rule.points().multiply(BigDecimal.valueOf(occurrences)),
					contents, answer.reason());
			case TIERED -> {
				BigDecimal points = Points.ZERO;
				for (var tier : rule.tiers()) {
					if (tier.contains(occurrences)) {
						points = tier.points();
					}
				}
				yield new Hit(rule, occurrences, points, contents, answer.reason());
			}
			case DISCRETIONARY -> discretionary(item, rule, answer, occurrences, contents, path);
		};
	}

	private Hit discretionary(Item item, Rule rule, RuleAnswer answer, int occurrences, List<String> contents,
			String path) {
		if (answer.points() == null) {
			if (occurrences == 0) {
				return new Hit(rule, 0, Points.ZERO, contents, answer.reason());
			}
			throw invalid(item, path + ".points", "rule " + rule.id() + " needs the points "
					+ (rule.expert() ? "the expert assessed" : "chosen (酌情扣分)"));
		}
		BigDecimal points = answer.points();
		BigDecimal bound = rule.bound().multiply(BigDecimal.valueOf(occurrences));
		if (points.signum() < 0) {
			throw invalid(item, path + ".points", "points of rule " + rule.id() + " cannot be negative");
		}
		if (points.compareTo(bound) > 0) {
			throw invalid(item, path + ".points",
					"rule " + rule.id() + " allows at most " + Points.normalize(rule.bound()).toPlainString()
							+ " points per occurrence (" + Points.normalize(bound).toPlainString() + " for "
							+ occurrences + "), got " + points.toPlainString());
		}
		if (points.remainder(rule.step()).signum() != 0) {
			throw invalid(item, path + ".points", "points of rule " + rule.id() + " go in steps of "
					+ Points.normalize(rule.step()).toPlainString() + ", got " + points.toPlainString());
		}
		if (!rule.expert() && points.signum() > 0 && (answer.reason() == null || answer.reason().isBlank())) {
			throw invalid(item, path + ".reason", "a discretionary deduction (酌情扣分) needs its reason");
		}
		if (points.signum() == 0) {
			return new Hit(rule, 0, Points.ZERO, contents, answer.reason());
		}
		return new Hit(rule, occurrences, points, contents, answer.reason());
	}

	private List<String> checkContents(Item item, Rule rule, RuleAnswer answer, String path) {
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

	private static RuntimeException invalid(Item item, String field, String message) {
		return problem(new InvalidInputException("invalid-answer", "items." + item.id() + field, message), item.id());
	}

	private static RuntimeException problem(ProblemException problem, String itemId) {
		return problem.with("item", itemId);
	}

	/** A rule that applied, with its occurrences and points before dedupe and floors. */
	private record Hit(Rule rule, int occurrences, BigDecimal points, List<String> contents, String reason) {

		Hit recounted(int counted) {
			return new Hit(this.rule, counted, this.rule.points().multiply(BigDecimal.valueOf(counted)), this.contents,
					this.reason);
		}

	}

	/**
	 * Dedupe results keyed by hit identity: two equal hits of different sheets never meet
	 * here.
	 */
	private record Dedupe(Map<Hit, Hit> recounted, Map<Hit, List<NotCounted>> dropped) {

	}

	private record NotCounted(String content, Rule countedBy) {

	}

	private record Checked(List<Hit> hits, BigDecimal direct) {

		static final Checked EMPTY = new Checked(List.of(), null);

	}

	/** Recommended actions merged by code, in the order they first appear. */
	private static final class Actions {

		private final Map<String, Action> actions = new LinkedHashMap<>();

		private final Map<String, List<RecommendedAction.Basis>> basis = new HashMap<>();

		void add(Action action, RecommendedAction.Basis one) {
			this.actions.putIfAbsent(action.code(), action);
			this.basis.computeIfAbsent(action.code(), (code) -> new ArrayList<>()).add(one);
		}

		boolean contains(String code) {
			return this.actions.containsKey(code);
		}

		List<RecommendedAction> list() {
			List<RecommendedAction> list = new ArrayList<>();
			for (Action action : this.actions.values()) {
				list.add(new RecommendedAction(action.code(), action.label(), this.basis.get(action.code())));
			}
			return list;
		}

	}

}
