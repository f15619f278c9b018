package org.shuangsuiji.inspection.canonical;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a JSON tree in canonical form: the subset of RFC 8785 (JSON Canonicalization
 * Scheme) that needs no floating point.
 * <ul>
 * <li>Values: objects ({@link Map} with {@link String} keys), arrays ({@link List}),
 * strings, integers ({@link Integer}, {@link Long}) and booleans. No {@code null} (absent
 * members are left out) and no fractions: rates and weights are integers.</li>
 * <li>Object members sorted by key, comparing UTF-16 code units (Java's
 * {@link String#compareTo}); no duplicate keys.</li>
 * <li>No whitespace. Integers in plain decimal.</li>
 * <li>Strings: quotation mark and reverse solidus escaped with a reverse solidus; U+0008,
 * U+0009, U+000A, U+000C, U+000D as the two-character escapes b, t, n, f, r; other
 * characters below U+0020 as the six-character escape u00xx with lowercase hex; every
 * other character as itself. The result is encoded as UTF-8 before hashing.</li>
 * </ul>
 */
public final class CanonicalJson {

	private CanonicalJson() {
	}

	public static String write(Object value) {
		StringBuilder out = new StringBuilder();
		write(value, out);
		return out.toString();
	}

	private static void write(Object value, StringBuilder out) {
		if (value instanceof String text) {
			writeString(text, out);
		}
		else if (value instanceof Integer || value instanceof Long) {
			out.append(value);
		}
		else if (value instanceof Boolean flag) {
			out.append(flag.booleanValue());
		}
		else if (value instanceof Map<?, ?> map) {
			writeObject(map, out);
		}
		else if (value instanceof List<?> list) {
			out.append('[');
			for (int i = 0; i < list.size(); i++) {
				if (i > 0) {
					out.append(',');
				}
				write(list.get(i), out);
			}
			out.append(']');
		}
		else {
			throw new IllegalArgumentException(
					"canonical JSON has no form for " + ((value != null) ? value.getClass().getName() : "null"));
		}
	}

	private static void writeObject(Map<?, ?> map, StringBuilder out) {
		List<String> keys = new ArrayList<>(map.size());
		for (Object key : map.keySet()) {
			if (!(key instanceof String text)) {
				throw new IllegalArgumentException("canonical JSON object keys must be strings, got " + key);
			}
			keys.add(text);
		}
		keys.sort(null);
		out.append('{');
		for (int i = 0; i < keys.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			writeString(keys.get(i), out);
			out.append(':');
			write(map.get(keys.get(i)), out);
		}
		out.append('}');
	}

	private static void writeString(String text, StringBuilder out) {
		out.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\b' -> out.append("\\b");
				case '\t' -> out.append("\\t");
				case '\n' -> out.append("\\n");
				case '\f' -> out.append("\\f");
				case '\r' -> out.append("\\r");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else if (Character.isSurrogate(c) && !isPairAt(text, i)) {
						throw new IllegalArgumentException("canonical JSON cannot encode a lone surrogate");
					}
					else {
						out.append(c);
					}
				}
			}
		}
		out.append('"');
	}

	private static boolean isPairAt(String text, int i) {
		char c = text.charAt(i);
		if (Character.isHighSurrogate(c)) {
			return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
		}
		return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
	}

}
