package org.shuangsuiji.inspection.selfinspection;

import java.time.Instant;
import java.time.LocalDate;

import org.shuangsuiji.inspection.plan.Plan;

/**
 * A published plan that asks the agency for its self-inspection report (自查报告), as the
 * agency sees it: what the plan publishes (title, year, organiser, due date) and its own
 * report's state. Nothing of the draw or the visit: which agencies were drawn and when a
 * team comes stay hidden until the notice time.
 *
 * @param planId the plan
 * @param year the plan year
 * @param title the plan's title
 * @param organiser the organising bureau's region
 * @param due the due date
 * @param state where the agency's report is
 * @param submittedAt when it came in, {@code null} while it has not
 */
public record AgencySelfInspection(String planId, int year, String title, String organiser, LocalDate due, State state,
		Instant submittedAt) {

	/** The report's state on a day. */
	public enum State {

		/** Submitted by the due date. */
		SUBMITTED,
		/** Submitted after the due date. */
		LATE,
		/** Not submitted; the due date has not passed. */
		OPEN,
		/** Not submitted and the due date has passed. */
		MISSING

	}

	static AgencySelfInspection of(Plan plan, SelfInspection report, LocalDate today) {
		LocalDate due = plan.terms().selfInspectionDue();
		State state;
		if (report != null) {
			state = report.late() ? State.LATE : State.SUBMITTED;
		}
		else {
			state = (due != null && today.isAfter(due)) ? State.MISSING : State.OPEN;
		}
		return new AgencySelfInspection(plan.id().value(), plan.terms().year(), plan.terms().title(),
				plan.terms().region().value(), due, state, (report != null) ? report.submittedAt() : null);
	}

}
