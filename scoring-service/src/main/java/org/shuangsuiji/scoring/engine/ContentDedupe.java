package org.shuangsuiji.scoring.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.shuangsuiji.scoring.template.Rule;

/**
 * 相同内容者以最高级别加分，不重复加分: rules sharing a dedupe group count each content once, at the rule
 * with the most points (the first such rule in template order on a tie), across all
 * items. Keyed by hit identity: two equal hits of different sheets never meet here.
 */
final class ContentDedupe {

	private final Map<Hit, Hit> recounted = new IdentityHashMap<>();

	private final Map<Hit, List<NotCounted>> dropped = new IdentityHashMap<>();

	private ContentDedupe() {
	}

	/** One content a hit named but did not count, and the rule that counted it. */
	record NotCounted(String content, Rule countedBy) {

	}

	/** De-duplicates the hits of every item of one sheet, in template order. */
	static ContentDedupe of(List<Hit> hits) {
		Map<String, Map<String, Hit>> best = best(hits);
		ContentDedupe dedupe = new ContentDedupe();
		for (Hit hit : hits) {
			if (hit.rule().dedupeGroup() != null) {
				dedupe.recount(hit, best.get(hit.rule().dedupeGroup()));
			}
		}
		return dedupe;
	}

	/** The hit as it counts: with fewer occurrences where others counted its contents. */
	Hit counted(Hit answered) {
		return this.recounted.getOrDefault(answered, answered);
	}

	/** The contents the hit named but did not count. */
	List<NotCounted> dropped(Hit answered) {
		return this.dropped.getOrDefault(answered, List.of());
	}

	/** For each dedupe group and content, the hit with the most points. */
	private static Map<String, Map<String, Hit>> best(List<Hit> hits) {
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
		return best;
	}

	private void recount(Hit hit, Map<String, Hit> group) {
		int counted = 0;
		for (String content : hit.contents()) {
			Hit winner = group.get(content);
			if (winner == hit) {
				counted++;
			}
			else {
				this.dropped.computeIfAbsent(hit, (h) -> new ArrayList<>()).add(new NotCounted(content, winner.rule()));
			}
		}
		if (counted != hit.occurrences()) {
			this.recounted.put(hit, hit.recounted(counted));
		}
	}

}
