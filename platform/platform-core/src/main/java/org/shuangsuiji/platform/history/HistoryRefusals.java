package org.shuangsuiji.platform.history;

import java.util.List;

/**
 * How every history loader reports the lines it refused: each as "line N: reason", the
 * first {@link #SHOWN} spelled out in its summary line, and exit code 1 when there is
 * any.
 */
public final class HistoryRefusals {

	/** How many refusals a summary line spells out. */
	public static final int SHOWN = 10;

	private HistoryRefusals() {
	}

	/** A refused line as the summaries list it. */
	public static String of(int line, String reason) {
		return "line " + line + ": " + reason;
	}

	/** {@code " [a; b; …]"} for the summary line, empty when nothing was refused. */
	public static String brief(List<String> refused) {
		if (refused.isEmpty()) {
			return "";
		}
		return " [" + String.join("; ", refused.subList(0, Math.min(SHOWN, refused.size())))
				+ ((refused.size() > SHOWN) ? "; …" : "") + "]";
	}

	/** 0 when every line was loaded or skipped, 1 when one was refused. */
	public static int exitCode(List<String> refused) {
		return refused.isEmpty() ? 0 : 1;
	}

}
