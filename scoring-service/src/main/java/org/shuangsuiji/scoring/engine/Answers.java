package org.shuangsuiji.scoring.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/** The answers of one sheet, by item id. Items without an answer are unanswered. */
public record Answers(Map<String, ItemAnswer> items) {

	public Answers {
		items = (items != null) ? java.util.Collections.unmodifiableMap(new LinkedHashMap<>(items)) : Map.of();
	}

	/** These answers with the answer of one item set or replaced. */
	public Answers with(String itemId, ItemAnswer answer) {
		Map<String, ItemAnswer> copy = new LinkedHashMap<>(this.items);
		copy.put(itemId, answer);
		return new Answers(copy);
	}

}
