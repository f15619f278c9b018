package org.shuangsuiji.registry.inspection;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.registry.input.Problems;
import org.shuangsuiji.registry.input.Text;

/**
 * The settled outcome of one rectification item of an inspection (检查整改), as the agency's
 * record keeps it. One per task and item: reporting it again replaces it.
 *
 * @param agencyId the agency that rectified
 * @param planId the inspection plan
 * @param taskId the inspection (inspection-service's task)
 * @param itemId the item within the inspection ({@code R1} …)
 * @param finding the finding the item came from
 * @param deadline the 整改时限
 * @param outcome the settled outcome
 * @param acceptedById who accepted (the bureau user's id)
 * @param acceptedByName who accepted (display name)
 * @param acceptedAt when, to the millisecond (what the store keeps)
 * @param comment the bureau's comment, {@code null} when none
 */
public record InspectionRectification(String agencyId, String planId, String taskId, String itemId, Finding finding,
		LocalDate deadline, RectificationOutcome outcome, String acceptedById, String acceptedByName,
		Instant acceptedAt, String comment) {

	static final int MAX_ID = 200;

	static final int MAX_REF = 40;

	static final int MAX_TEXT = 2000;

	/** How far ahead of this service's clock an acceptance time may be (clock skew). */
	static final Duration SKEW = Duration.ofMinutes(5);

	/**
	 * Checks a report completely (400 for what is missing or malformed, then 422 for a
	 * refused outcome or time) and returns the entry, accepted by the caller.
	 */
	public static InspectionRectification of(String agencyId, String taskId, String itemId, RectificationReport report,
			Caller by, Instant now) {
		Problems problems = new Problems();
		length("taskId", taskId, MAX_ID, problems);
		length("itemId", itemId, MAX_REF, problems);
		required("planId", report.planId(), MAX_ID, problems);
		Finding finding = report.finding();
		if (finding == null) {
			problems.malformed("invalid-input", "finding", "the finding (ref, templateItemId, text) is required");
		}
		else {
			required("finding.ref", finding.ref(), MAX_REF, problems);
			length("finding.templateItemId", finding.templateItemId(), MAX_REF, problems);
			required("finding.text", finding.text(), MAX_TEXT, problems);
		}
		if (report.deadline() == null) {
			problems.malformed("invalid-input", "deadline", "the 整改时限 is required");
		}
		if (Text.isBlank(report.outcome())) {
			problems.malformed("invalid-input", "outcome", "the settled outcome (ACCEPTED) is required");
		}
		if (report.acceptedAt() == null) {
			problems.malformed("invalid-input", "acceptedAt", "when the bureau accepted is required");
		}
		length("comment", report.comment(), MAX_TEXT, problems);
		problems.throwIfAny();
		if (!RectificationOutcome.ACCEPTED.name().equals(report.outcome().strip())) {
			problems.rule("rectification-outcome-unsettled", "outcome", report.outcome().strip()
					+ " is not a settled outcome: only ACCEPTED is recorded (a returned item goes back to the agency, overdue is a flag)");
		}
		if (report.acceptedAt().isAfter(now.plus(SKEW))) {
			problems.rule("dates-out-of-order", "acceptedAt", report.acceptedAt() + " is in the future");
		}
		problems.throwIfAny();
		Finding clean = new Finding(finding.ref().strip(), Text.clean(finding.templateItemId()),
				finding.text().strip());
		return new InspectionRectification(agencyId, report.planId().strip(), taskId, itemId, clean, report.deadline(),
				RectificationOutcome.ACCEPTED, by.userId(), by.displayName(),
				report.acceptedAt().truncatedTo(ChronoUnit.MILLIS), Text.clean(report.comment()));
	}

	private static void required(String field, String value, int max, Problems problems) {
		if (Text.isBlank(value)) {
			problems.malformed("invalid-input", field, "is required");
		}
		else {
			length(field, value, max, problems);
		}
	}

	private static void length(String field, String value, int max, Problems problems) {
		if (value != null && value.length() > max) {
			problems.malformed("invalid-input", field, "must be at most " + max + " characters");
		}
	}

}
