package org.shuangsuiji.registry.input;

/** Small helpers for text typed by people. */
public final class Text {

	private Text() {
	}

	/** Trimmed text, or {@code null} when blank. */
	public static String clean(String text) {
		if (text == null) {
			return null;
		}
		String stripped = text.strip();
		return stripped.isEmpty() ? null : stripped;
	}

	public static boolean isBlank(String text) {
		return clean(text) == null;
	}

	/** A regular expression matching {@code text} literally (no {@code \\Q…\\E}). */
	public static String literalPattern(String text) {
		StringBuilder out = new StringBuilder();
		for (char c : text.toCharArray()) {
			if ("\\^$.|?*+()[]{}".indexOf(c) >= 0) {
				out.append('\\');
			}
			out.append(c);
		}
		return out.toString();
	}

}
