package org.shuangsuiji.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code ${KEY:default}} keys a service's application.yml reads from its environment,
 * with their defaults (nested placeholders included, e.g. {@code ${A:${B:x}}} reads A and
 * B).
 */
record Placeholders(Map<String, Optional<String>> defaults) {

	static Placeholders of(Path applicationYml) {
		try {
			return parse(Files.readString(applicationYml));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Placeholders parse(String text) {
		Map<String, Optional<String>> found = new LinkedHashMap<>();
		collect(text, found);
		return new Placeholders(found);
	}

	private static void collect(String text, Map<String, Optional<String>> found) {
		int at = text.indexOf("${");
		while (at >= 0) {
			int nameEnd = at + 2;
			while (nameEnd < text.length() && isKeyChar(text.charAt(nameEnd))) {
				nameEnd++;
			}
			String name = text.substring(at + 2, nameEnd);
			int end = closingBrace(text, at + 2);
			// Only environment keys (upper case); ${spring.application.name} is a
			// property reference.
			if (!name.isEmpty() && name.equals(name.toUpperCase()) && end > 0
					&& (text.charAt(nameEnd) == ':' || text.charAt(nameEnd) == '}')) {
				Optional<String> fallback = (text.charAt(nameEnd) == ':')
						? Optional.of(text.substring(nameEnd + 1, end)) : Optional.empty();
				found.putIfAbsent(name, fallback);
				fallback.ifPresent((inner) -> collect(inner, found));
			}
			at = text.indexOf("${", (end > 0) ? end : at + 2);
		}
	}

	private static boolean isKeyChar(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-';
	}

	private static int closingBrace(String text, int from) {
		int depth = 1;
		for (int i = from; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '{') {
				depth++;
			}
			else if (c == '}' && --depth == 0) {
				return i;
			}
		}
		return -1;
	}

	boolean reads(String key) {
		return this.defaults.containsKey(key);
	}

	/**
	 * Keys a production deployment must set: those without a default and those whose
	 * default points at the local run's stand-ins on this machine. An empty default means
	 * "optional".
	 */
	Map<String, Optional<String>> requiredInProduction() {
		Map<String, Optional<String>> required = new LinkedHashMap<>();
		this.defaults.forEach((key, fallback) -> {
			if (fallback.isEmpty() || fallback.get().isBlank() || fallback.get().contains("localhost")) {
				required.put(key, fallback);
			}
		});
		return required;
	}

}
