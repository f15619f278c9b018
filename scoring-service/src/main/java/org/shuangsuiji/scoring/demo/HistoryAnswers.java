package org.shuangsuiji.scoring.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.shuangsuiji.scoring.engine.Finding;
import org.shuangsuiji.scoring.engine.ItemAnswer;
import org.shuangsuiji.scoring.engine.RuleAnswer;
import org.shuangsuiji.scoring.template.Item;
import org.shuangsuiji.scoring.template.Part;
import org.shuangsuiji.scoring.template.PartKind;
import org.shuangsuiji.scoring.template.Rule;
import org.shuangsuiji.scoring.template.RuleKind;
import org.shuangsuiji.scoring.template.SubPoint;
import org.shuangsuiji.scoring.template.Template;
import org.shuangsuiji.scoring.template.TemplateKind;

/**
 * The official sheet's answers of one historical inspection: exactly {@code findings}
 * problems, chosen from the task's seed, every other item answered as compliant.
 * <ul>
 * <li>A checklist: {@code findings} items answered A 发现 with one of their numbered
 * sub-points (the engine counts one finding each), every other item B 未发现.</li>
 * <li>A points table: {@code findings} deduction rules applied once (at most one of
 * graded alternatives, an option no other rule of the item names, the smallest step of a
 * 酌情扣分), every other item checked with nothing to deduct or add, a directly scored item
 * at its full score. Expert-assessed rules and rules whose only effect is an action
 * (注销相应业务类别) are never chosen: the history says how many things were wanting, not that a
 * category was cancelled.</li>
 * </ul>
 */
final class HistoryAnswers {

	private static final int NOTE_LENGTH = 60;

	private HistoryAnswers() {
	}

	/** How many findings a sheet of the template can hold. */
	static int capacity(Template template) {
		return (template.kind() == TemplateKind.CHECKLIST) ? (int) template.items().count() : slots(template).size();
	}

	/** Every item's answer, in template order. */
	static Map<String, ItemAnswer> of(Template template, int findings, long seed) {
		Random random = new Random(seed);
		return (template.kind() == TemplateKind.CHECKLIST) ? checklist(template, findings, random)
				: points(template, findings, random);
	}

	private static Map<String, ItemAnswer> checklist(Template template, int findings, Random random) {
		List<Item> items = new ArrayList<>(template.items().toList());
		Collections.shuffle(items, random);
		Set<String> found = new HashSet<>();
		items.subList(0, findings).forEach((item) -> found.add(item.id()));
		Map<String, ItemAnswer> answers = new LinkedHashMap<>();
		template.items()
			.forEach((item) -> answers.put(item.id(), found.contains(item.id()) ? foundOn(item, random)
					: ItemAnswer.finding(Finding.B, List.of(), null)));
		return answers;
	}

	/** A 发现 on one numbered sub-point, or on the item itself when it numbers none. */
	private static ItemAnswer foundOn(Item item, Random random) {
		List<SubPoint> numbered = item.subPoints().stream().filter((point) -> point.number() != null).toList();
		if (numbered.isEmpty()) {
			return ItemAnswer.finding(Finding.A, List.of(), "检查发现：" + shortText(item.title()));
		}
		SubPoint point = numbered.get(random.nextInt(numbered.size()));
		return ItemAnswer.finding(Finding.A, List.of(point.number()), "检查发现：" + shortText(point.text()));
	}

	private static Map<String, ItemAnswer> points(Template template, int findings, Random random) {
		List<Slot> slots = new ArrayList<>(slots(template));
		Collections.shuffle(slots, random);
		Map<String, List<RuleAnswer>> applied = new LinkedHashMap<>();
		Map<String, Set<String>> optionsUsed = new LinkedHashMap<>();
		for (Slot slot : slots.subList(0, findings)) {
			Rule rule = slot.alternatives().get(random.nextInt(slot.alternatives().size()));
			Set<String> used = optionsUsed.computeIfAbsent(slot.item().id(), (id) -> new HashSet<>());
			applied.computeIfAbsent(slot.item().id(), (id) -> new ArrayList<>()).add(applied(rule, used, random));
		}
		Map<String, ItemAnswer> answers = new LinkedHashMap<>();
		template.items().forEach((item) -> {
			List<RuleAnswer> rules = applied.get(item.id());
			if (rules != null) {
				answers.put(item.id(), new ItemAnswer(null, List.of(), rules, null, null));
			}
			else if (item.directScore() != null) {
				answers.put(item.id(), ItemAnswer.score(item.directScore().max(), null));
			}
			else {
				answers.put(item.id(), ItemAnswer.nothingApplies(null));
			}
		});
		return answers;
	}

	/**
	 * One deduction rule applied once: on an option the item's other rules have not
	 * named, with the smallest step of a discretionary rule.
	 */
	private static RuleAnswer applied(Rule rule, Set<String> optionsUsed, Random random) {
		String reason = "检查发现：" + shortText(rule.text());
		List<String> contents = List.of();
		if (!rule.options().isEmpty()) {
			List<String> free = rule.options().stream().filter((option) -> !optionsUsed.contains(option)).toList();
			String option = free.get(random.nextInt(free.size()));
			optionsUsed.add(option);
			contents = List.of(option);
		}
		BigDecimal points = null;
		if (rule.kind() == RuleKind.DISCRETIONARY) {
			points = (rule.step() != null) ? rule.step() : rule.bound();
		}
		return new RuleAnswer(rule.id(), null, points, contents, reason);
	}

	/**
	 * The places a finding can be: each deduction rule an inspector answers, graded
	 * alternatives of one finding (an exclusive group) counting as one place.
	 */
	private static List<Slot> slots(Template template) {
		List<Slot> slots = new ArrayList<>();
		for (Part part : template.parts()) {
			if (part.kind() != PartKind.DEDUCTION) {
				continue;
			}
			for (Item item : part.items()) {
				Map<String, List<Rule>> groups = new LinkedHashMap<>();
				for (Rule rule : item.rules()) {
					if (rule.expert() || rule.kind() == RuleKind.CONSEQUENCE || rule.kind() == RuleKind.TIERED) {
						continue;
					}
					String group = (rule.exclusiveGroup() != null) ? "group:" + rule.exclusiveGroup()
							: "rule:" + rule.id();
					groups.computeIfAbsent(group, (key) -> new ArrayList<>()).add(rule);
				}
				groups.values().forEach((rules) -> slots.add(new Slot(item, List.copyOf(rules))));
			}
		}
		return slots;
	}

	private static String shortText(String text) {
		String plain = (text != null) ? text.strip() : "";
		return (plain.length() > NOTE_LENGTH) ? plain.substring(0, NOTE_LENGTH) + "…" : plain;
	}

	/** Where one finding can be: a rule, or graded alternatives of which one applies. */
	private record Slot(Item item, List<Rule> alternatives) {

	}

}
