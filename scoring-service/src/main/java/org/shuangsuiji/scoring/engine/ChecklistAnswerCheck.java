package org.shuangsuiji.scoring.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.shuangsuiji.scoring.template.Item;
import org.shuangsuiji.scoring.template.SubPoint;

import static org.shuangsuiji.scoring.engine.AnswerProblems.invalid;

/**
 * A checklist item is answered A/B/C, never with points or {@code checked}; only an A
 * names the sub-points found, each once and each one of the item's; an A on an item whose
 * sub-points recommend an action must name them.
 */
final class ChecklistAnswerCheck {

	private ChecklistAnswerCheck() {
	}

	static void check(Item item, ItemAnswer answer) {
		if (!answer.rules().isEmpty() || answer.score() != null) {
			throw invalid(item, ".rules", "checklist item '" + item.id() + "' is answered A/B/C, not with points");
		}
		if (answer.checked()) {
			throw invalid(item, ".checked", "checklist item '" + item.id()
					+ "' is answered A/B/C; B 未发现 is how it says checked, nothing found");
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

}
