package org.shuangsuiji.scoring.engine.web;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.validation.Valid;

import org.shuangsuiji.scoring.engine.Evaluation;
import org.shuangsuiji.scoring.engine.Scorers;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stateless evaluation: answers in, the explained result out, nothing stored. For
 * previews while filling a sheet and for an agency checking itself against a template.
 */
@RestController
class EvaluationController {

	private final Scorers scorers;

	private final MeterRegistry meters;

	EvaluationController(Scorers scorers, MeterRegistry meters) {
		this.scorers = scorers;
		this.meters = meters;
	}

	@PostMapping("/api/scoring/templates/{templateId}/versions/{version}/evaluations")
	Evaluation evaluate(@PathVariable String templateId, @PathVariable int version,
			@Valid @RequestBody EvaluationRequest request) {
		Evaluation result = this.scorers.of(templateId, version).evaluate(request.toDomain());
		this.meters.counter("scoring.evaluation.previewed").increment();
		return result;
	}

}
