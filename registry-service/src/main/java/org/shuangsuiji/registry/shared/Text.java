package org.shuangsuiji.registry.shared;

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

}
