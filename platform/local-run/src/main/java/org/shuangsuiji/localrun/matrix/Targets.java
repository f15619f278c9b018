package org.shuangsuiji.localrun.matrix;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The record ids the probes use, found at run time as an entitled caller ({@code @task},
 * {@code @sheet}, …); a value without {@code @} is a literal.
 */
final class Targets {

	private final Map<String, String> values = new LinkedHashMap<>();

	void put(String key, String value) {
		if (value == null || value.isEmpty()) {
			throw new IllegalStateException("the matrix found no " + key + " to probe with");
		}
		this.values.put(key, value);
	}

	String fill(String value) {
		if (!value.startsWith("@")) {
			return value;
		}
		String found = this.values.get(value.substring(1));
		if (found == null) {
			throw new IllegalStateException("the matrix has no target " + value);
		}
		return found;
	}

	Map<String, String> all() {
		return Map.copyOf(this.values);
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("%3A", ":");
	}

}
