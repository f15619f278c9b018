package org.shuangsuiji.nationaldata;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The city a draw is timed for: the one with the most agencies in the registry, among the
 * cities the benchmark can draw for (inspection-service lets only the city's own bureau
 * draw its plan); a tie goes to the lower code, so the choice is the same on every run.
 */
final class LargestCity {

	private LargestCity() {
	}

	static Optional<String> choose(Map<String, Long> agenciesByCity, Predicate<String> drawable) {
		return agenciesByCity.entrySet()
			.stream()
			.filter((e) -> e.getValue() > 0 && drawable.test(e.getKey()))
			.max(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue)
				.thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
			.map(Map.Entry::getKey);
	}

}
