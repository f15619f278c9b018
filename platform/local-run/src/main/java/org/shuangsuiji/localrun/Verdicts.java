package org.shuangsuiji.localrun;

/**
 * The verdicts of a run of checks: each printed as an {@code ok} or {@code FAIL} line
 * under the run's tag ({@code [smoke]}, {@code [story]}), and counted.
 */
final class Verdicts {

	private final String tag;

	private int passed;

	private int failed;

	Verdicts(String tag) {
		this.tag = tag;
	}

	void check(String what, boolean ok) {
		System.out.println("[" + this.tag + "] " + (ok ? "ok   " : "FAIL ") + what);
		if (ok) {
			this.passed++;
		}
		else {
			this.failed++;
		}
	}

	int passed() {
		return this.passed;
	}

	int failed() {
		return this.failed;
	}

	/** {@code 12 passed, 0 failed}. */
	String tally() {
		return this.passed + " passed, " + this.failed + " failed";
	}

}
