package org.shuangsuiji.inspection.audit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The details of an audit entry as every listener writes them: name and value pairs in
 * the order given, each value as text, a {@code null} value left out.
 */
public final class AuditDetails {

	private AuditDetails() {
	}

	/** {@code of("seed", seed, "note", null)} is {@code {seed=…}}. */
	public static Map<String, String> of(Object... pairs) {
		if (pairs.length % 2 != 0) {
			throw new IllegalArgumentException("audit details come in name and value pairs");
		}
		Map<String, String> details = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			if (pairs[i + 1] != null) {
				details.put(String.valueOf(pairs[i]), String.valueOf(pairs[i + 1]));
			}
		}
		return details;
	}

}
