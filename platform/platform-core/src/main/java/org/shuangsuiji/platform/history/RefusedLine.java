package org.shuangsuiji.platform.history;

/**
 * A history line a loader will not load, with the reason its summary gives; the next line
 * goes on ({@link HistoryReader}).
 */
public class RefusedLine extends RuntimeException {

	public RefusedLine(String reason) {
		super(reason);
	}

}
