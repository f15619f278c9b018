package org.shuangsuiji.scoring.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shuangsuiji.scoring.template.Action;

/** Recommended actions merged by code, in the order they first appear. */
final class RecommendedActions {

	private final Map<String, Action> actions = new LinkedHashMap<>();

	private final Map<String, List<RecommendedAction.Basis>> basis = new HashMap<>();

	void add(Action action, RecommendedAction.Basis one) {
		this.actions.putIfAbsent(action.code(), action);
		this.basis.computeIfAbsent(action.code(), (code) -> new ArrayList<>()).add(one);
	}

	/**
	 * What any finding on an item recommends (限期整改), once per item with findings; nothing
	 * if the template recommends nothing for findings.
	 */
	void addForFindings(Action findingAction, List<RecommendedAction.Basis> findings) {
		if (findingAction != null) {
			findings.forEach((one) -> add(findingAction, one));
		}
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
