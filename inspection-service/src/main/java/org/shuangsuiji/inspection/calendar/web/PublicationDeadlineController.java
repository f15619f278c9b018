package org.shuangsuiji.inspection.calendar.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.shuangsuiji.inspection.calendar.PublicationDeadline;
import org.shuangsuiji.inspection.calendar.PublicationDeadlines;
import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.platform.security.Caller;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/inspections/plans/{id}/publication-deadlines[?overdue=true]}: each
 * scheduled inspection's publication deadline, 20 working days after the visit, and
 * whether it is overdue today (China Standard Time). Read by whoever reads the plan, for
 * the tasks they may read.
 */
@RestController
class PublicationDeadlineController {

	private final PublicationDeadlines deadlines;

	PublicationDeadlineController(PublicationDeadlines deadlines) {
		this.deadlines = deadlines;
	}

	@GetMapping("/api/inspections/plans/{id}/publication-deadlines")
	DeadlinesResponse list(Caller caller, @AuthenticationPrincipal Jwt jwt, @PathVariable String id,
			@RequestParam(defaultValue = "false") boolean overdue) {
		List<PublicationDeadline> list = this.deadlines.of(caller, personId(jwt), new PlanId(id), overdue);
		return new DeadlinesResponse(id, PublicationDeadlines.WORKING_DAYS, this.deadlines.today(),
				(int) list.stream().filter(PublicationDeadline::overdue).count(), list);
	}

	private static Optional<String> personId(Jwt jwt) {
		return Optional.ofNullable(jwt)
			.map((token) -> token.getClaimAsString("person_id"))
			.filter((personId) -> !personId.isBlank());
	}

	/**
	 * @param planId the plan
	 * @param workingDays how many working days after the visit the result must be public
	 * @param today the day the answer was computed for
	 * @param overdueCount how many listed deadlines have passed unpublished
	 * @param deadlines one per scheduled task the caller may read
	 */
	record DeadlinesResponse(String planId, int workingDays, LocalDate today, int overdueCount,
			List<PublicationDeadline> deadlines) {
	}

}
