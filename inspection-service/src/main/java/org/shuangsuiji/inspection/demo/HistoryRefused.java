package org.shuangsuiji.inspection.demo;

/**
 * A history line the loader does not take, with the reason; thrown before anything of the
 * line's task is written.
 */
final class HistoryRefused extends RuntimeException {

	HistoryRefused(String reason) {
		super(reason);
	}

}
