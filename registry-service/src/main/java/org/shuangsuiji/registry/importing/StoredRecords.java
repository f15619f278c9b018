package org.shuangsuiji.registry.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Loads the stored records that rows refer to, by key, in batches. */
final class StoredRecords {

	private static final int BATCH = 1000;

	private StoredRecords() {
	}

	static <T> Map<String, T> byKey(List<String> keys, Function<List<String>, List<T>> finder,
			Function<T, String> keyOf) {
		Map<String, T> found = new HashMap<>();
		List<String> distinct = keys.stream().distinct().toList();
		for (int from = 0; from < distinct.size(); from += BATCH) {
			for (T item : finder.apply(distinct.subList(from, Math.min(distinct.size(), from + BATCH)))) {
				found.put(keyOf.apply(item), item);
			}
		}
		return found;
	}

}
