package org.shuangsuiji.scoring.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.scoring.template.Action;
import org.shuangsuiji.scoring.template.DirectScore;
import org.shuangsuiji.scoring.template.GradeBand;
import org.shuangsuiji.scoring.template.Item;
import org.shuangsuiji.scoring.template.Part;
import org.shuangsuiji.scoring.template.PartKind;
import org.shuangsuiji.scoring.template.Pool;
import org.shuangsuiji.scoring.template.Rule;
import org.shuangsuiji.scoring.template.RuleKind;
import org.shuangsuiji.scoring.template.Template;
import org.shuangsuiji.scoring.template.TemplateKind;

/**
 * Random but valid points tables and answers to them, for property tests. Every answer
 * respects the rules' shapes (options used once, one grade of an alternative, bounds and
 * steps), so the engine must score it.
 */
final class RandomSheets {

	private static final BigDecimal HALF = new BigDecimal("0.5");

	private static final List<String> NEWS = List.of("报道甲", "报道乙", "报道丙", "报道丁");

	private RandomSheets() {
	}

	/**
	 * A random points table: deduction parts (some pooled), maybe a scored and a bonus
	 * part.
	 */
	static Template template(Random random) {
		List<Part> parts = new ArrayList<>();
		int deductionParts = 1 + random.nextInt(4);
		boolean pool = deductionParts >= 2 && random.nextInt(3) == 0;
		for (int p = 0; p < deductionParts; p++) {
			BigDecimal max = halves(random, 1, 80);
			BigDecimal floor = (pool && p < 2) ? null : random.nextBoolean() ? BigDecimal.ZERO
					: halves(random, 0, max.multiply(BigDecimal.valueOf(2)).intValue());
			List<Item> items = new ArrayList<>();
			for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
				List<Rule> rules = new ArrayList<>();
				for (int r = 0, m = 1 + random.nextInt(4); r < m; r++) {
					boolean perOccurrence = random.nextBoolean();
					rules.add(new Rule("p" + p + ".i" + i + ".r" + r, null, "rule " + r,
							perOccurrence ? RuleKind.PER_OCCURRENCE : RuleKind.FIXED, halves(random, 1, 20), null, null,
							null, null, null, null, null, false, null, null));
				}
				items.add(new Item("p" + p + "i" + i, null, "item " + i, null, null, rules, null, null));
			}
			parts.add(new Part("d" + p, null, "part " + p, PartKind.DEDUCTION, max, floor, items));
		}
		if (random.nextBoolean()) {
			DirectScore direct = random.nextBoolean()
					? new DirectScore("archive", BigDecimal.valueOf(100), HALF, new BigDecimal("0.4"), true)
					: new DirectScore("expert", BigDecimal.valueOf(5), HALF, BigDecimal.ONE, true);
			parts.add(new Part("s", null, "scored", PartKind.SCORED, direct.maxPoints(), BigDecimal.ZERO,
					List.of(new Item("s1", null, "scored item", null, null, null, direct, null))));
		}
		if (random.nextBoolean()) {
			List<Rule> bonuses = List.of(
					new Rule("b.1", null, "bonus", RuleKind.PER_OCCURRENCE, halves(random, 1, 6), null, null, null,
							null, "news", null, null, false, null, null),
					new Rule("b.2", null, "bonus", RuleKind.PER_OCCURRENCE, halves(random, 1, 6), null, null, null,
							null, "news", null, null, false, null, null));
			parts.add(new Part("b", null, "bonus", PartKind.BONUS, halves(random, 1, 10), BigDecimal.ZERO,
					List.of(new Item("b1", null, "bonus item", null, null, bonuses, null, null))));
		}
		BigDecimal sum = parts.stream()
			.filter((part) -> part.kind() != PartKind.BONUS)
			.map(Part::max)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal cap = random.nextBoolean() ? sum : halves(random, 1, sum.multiply(BigDecimal.valueOf(2)).intValue());
		List<GradeBand> grades = List.of(new GradeBand("HIGH", "高", cap.multiply(new BigDecimal("0.9")), null),
				new GradeBand("MID", "中", cap.multiply(new BigDecimal("0.6")), null),
				new GradeBand("LOW", "低", BigDecimal.ZERO, null));
		List<Pool> pools = pool ? List.of(new Pool("pool", List.of("d0", "d1"), BigDecimal.ZERO, "pooled")) : List.of();
		return new Template("random-" + Math.abs(random.nextInt()), 1, RegionCode.of("420700"), 2025,
				TemplateKind.DEDUCTION, "random", null, null, null, parts, pools, cap, grades, null,
				new Action("RECTIFY", "限期整改"), null);
	}

	/** Random valid answers to any points table, including the 鄂州 one. */
	static Answers answers(Template template, Random random) {
		Map<String, ItemAnswer> items = new LinkedHashMap<>();
		template.items().forEach((item) -> {
			if (item.directScore() != null) {
				if (random.nextInt(10) > 0) {
					DirectScore direct = item.directScore();
					int steps = direct.max().divide(direct.step()).intValue();
					items.put(item.id(), ItemAnswer
						.score(direct.step().multiply(BigDecimal.valueOf(random.nextInt(steps + 1))), null));
				}
				return;
			}
			List<RuleAnswer> rules = new ArrayList<>();
			Map<String, String> optionOwner = new LinkedHashMap<>();
			List<String> groupsUsed = new ArrayList<>();
			for (Rule rule : item.rules()) {
				if (random.nextInt(3) == 0) {
					continue;
				}
				if (rule.exclusiveGroup() != null) {
					if (groupsUsed.contains(rule.exclusiveGroup())) {
						continue;
					}
					groupsUsed.add(rule.exclusiveGroup());
				}
				RuleAnswer answer = answer(rule, random, optionOwner);
				if (answer != null) {
					rules.add(answer);
				}
			}
			if (!rules.isEmpty()) {
				items.put(item.id(), new ItemAnswer(null, List.of(), rules, null, null));
			}
		});
		return new Answers(items);
	}

	private static RuleAnswer answer(Rule rule, Random random, Map<String, String> optionOwner) {
		List<String> contents = new ArrayList<>();
		if (!rule.options().isEmpty()) {
			for (String option : rule.options()) {
				if (random.nextInt(4) == 0 && !optionOwner.containsKey(option)) {
					optionOwner.put(option, rule.id());
					contents.add(option);
				}
			}
			if (contents.isEmpty()) {
				return null;
			}
		}
		else if (rule.dedupeGroup() != null) {
			for (String news : NEWS) {
				if (random.nextBoolean()) {
					contents.add(news);
				}
			}
			if (contents.isEmpty()) {
				return null;
			}
		}
		return switch (rule.kind()) {
			case FIXED -> RuleAnswer.once(rule.id(), "fixed");
			case CONSEQUENCE -> RuleAnswer.contents(rule.id(), contents, "consequence");
			case PER_OCCURRENCE -> contents.isEmpty() ? RuleAnswer.times(rule.id(), random.nextInt(30), "counted")
					: RuleAnswer.contents(rule.id(), contents, "named");
			case TIERED -> RuleAnswer.times(rule.id(), random.nextInt(9), "counted");
			case DISCRETIONARY -> {
				int occurrences = contents.isEmpty() ? 1 : contents.size();
				int steps = rule.bound().multiply(BigDecimal.valueOf(occurrences)).divide(rule.step()).intValue();
				BigDecimal points = rule.step().multiply(BigDecimal.valueOf(random.nextInt(steps + 1)));
				yield new RuleAnswer(rule.id(), null, points, contents, "chosen");
			}
		};
	}

	/**
	 * The answers with one more deduction: another occurrence of a per-occurrence
	 * deduction, or a fixed deduction not yet applied. Returns the answers unchanged when
	 * none is left.
	 */
	static Answers withOneMoreDeduction(Template template, Answers answers, Random random) {
		List<Part> deductionParts = template.parts()
			.stream()
			.filter((part) -> part.kind() == PartKind.DEDUCTION)
			.toList();
		List<Rule> candidates = new ArrayList<>();
		Map<Rule, String> itemOf = new LinkedHashMap<>();
		for (Part part : deductionParts) {
			for (Item item : part.items()) {
				ItemAnswer answer = answers.items().get(item.id());
				for (Rule rule : item.rules()) {
					if (!rule.options().isEmpty() || rule.dedupeGroup() != null) {
						continue;
					}
					RuleAnswer current = find(answer, rule.id());
					boolean free = switch (rule.kind()) {
						case PER_OCCURRENCE -> true;
						case FIXED -> current == null && !groupTaken(item, answer, rule);
						default -> false;
					};
					if (free) {
						candidates.add(rule);
						itemOf.put(rule, item.id());
					}
				}
			}
		}
		if (candidates.isEmpty()) {
			return answers;
		}
		Rule rule = candidates.get(random.nextInt(candidates.size()));
		String itemId = itemOf.get(rule);
		ItemAnswer answer = answers.items()
			.getOrDefault(itemId, new ItemAnswer(null, List.of(), List.of(), null, null));
		RuleAnswer current = find(answer, rule.id());
		List<RuleAnswer> rules = new ArrayList<>(answer.rules());
		if (current != null) {
			rules.remove(current);
			int occurrences = (current.occurrences() != null) ? current.occurrences() : 1;
			rules.add(RuleAnswer.times(rule.id(), occurrences + 1, "one more"));
		}
		else {
			rules.add(RuleAnswer.times(rule.id(), 1, "one more"));
		}
		return answers.with(itemId, new ItemAnswer(null, List.of(), rules, answer.score(), answer.note()));
	}

	private static boolean groupTaken(Item item, ItemAnswer answer, Rule rule) {
		if (rule.exclusiveGroup() == null || answer == null) {
			return false;
		}
		return item.rules()
			.stream()
			.filter((other) -> rule.exclusiveGroup().equals(other.exclusiveGroup()))
			.anyMatch((other) -> find(answer, other.id()) != null);
	}

	private static RuleAnswer find(ItemAnswer answer, String ruleId) {
		if (answer == null) {
			return null;
		}
		return answer.rules().stream().filter((rule) -> rule.ruleId().equals(ruleId)).findFirst().orElse(null);
	}

	private static BigDecimal halves(Random random, int minHalves, int maxHalves) {
		int span = Math.max(0, maxHalves - minHalves);
		return HALF.multiply(BigDecimal.valueOf(minHalves + random.nextInt(span + 1)));
	}

}
