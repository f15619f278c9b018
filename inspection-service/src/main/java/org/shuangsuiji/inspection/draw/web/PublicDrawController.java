package org.shuangsuiji.inspection.draw.web;

import java.util.List;

import org.shuangsuiji.inspection.draw.DrawVerification;
import org.shuangsuiji.inspection.draw.DrawService;
import org.shuangsuiji.inspection.plan.PlanId;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The draw record of a published plan and its re-run, for everyone (一公开). */
@RestController
@RequestMapping("/api/public/inspections/plans/{id}/draw")
class PublicDrawController {

	private final DrawService draws;

	PublicDrawController(DrawService draws) {
		this.draws = draws;
	}

	/**
	 * Everything needed to re-run the draw: inputs, commitment, seed, result,
	 * replacements.
	 */
	@GetMapping
	DrawView get(@PathVariable String id) {
		DrawService.PublicDraw draw = this.draws.publicDraw(new PlanId(id));
		return DrawView.of(draw.plan(), draw.record());
	}

	/**
	 * Re-runs the commitment, the draw and every replacement here, from the recorded
	 * data.
	 */
	@GetMapping("/verification")
	VerificationView verify(@PathVariable String id) {
		return VerificationView.of(this.draws.verify(new PlanId(id)));
	}

	/** The re-run's outcome; {@code valid} when everything matched. */
	record VerificationView(boolean valid, String algorithm, String recordedCommitment, String recomputedCommitment,
			boolean commitmentMatches, Boolean secretMatches, Boolean drawMatches,
			List<DrawVerification.ReplacementCheck> replacements) {

		static VerificationView of(DrawVerification verification) {
			return new VerificationView(verification.valid(), verification.algorithm(),
					verification.recordedCommitment(), verification.recomputedCommitment(),
					verification.commitmentMatches(), verification.secretMatches(), verification.drawMatches(),
					verification.replacements());
		}

	}

}
