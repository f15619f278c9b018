package org.shuangsuiji.nationaldata;

/**
 * One budgeted read of issue 15 as the benchmark measured it: what was asked, as whom,
 * its budget at p95, the times of its successful answers and how many answers were not
 * 2xx. A read with no endpoint to ask is kept with a note and no times.
 */
record Measurement(String query, String request, String account, long budgetMillis, Timings timings, int failures,
		String note) {

	static Measurement notMeasured(String query, long budgetMillis, String note) {
		return new Measurement(query, "-", "-", budgetMillis, new Timings(new long[0]), 0, note);
	}

	/** PASS: p95 within the budget and every answer 2xx; n/a: nothing to time. */
	Verdict verdict() {
		if (this.timings.count() == 0) {
			return (this.failures == 0) ? Verdict.NOT_MEASURED : Verdict.FAIL;
		}
		boolean withinBudget = this.timings.p95Nanos() <= this.budgetMillis * 1_000_000L;
		return (withinBudget && this.failures == 0) ? Verdict.PASS : Verdict.FAIL;
	}

	/** The verdict of a budget. */
	enum Verdict {

		PASS, FAIL, NOT_MEASURED;

		String label() {
			return (this == NOT_MEASURED) ? "n/a" : name();
		}

	}

}
