package org.shuangsuiji.inspection.conclusion.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The organiser's conclusion.
 *
 * @param outcome the outcome's code, e.g. {@code RECTIFY}
 * @param outcomeLabel its wording when it is not the recommended outcome
 * @param reason why the conclusion departs from the recommendation
 * @param actions the measures
 * @param sendToProvince ask the province to review it
 */
record ConclusionRequest(@NotBlank @Size(max = 64) String outcome, @Size(max = 100) String outcomeLabel,
		@Size(max = 2000) String reason, @NotNull @Size(max = 20) List<@Valid @NotNull ConclusionActionBody> actions,
		Boolean sendToProvince) {

	/** A measure: its code and, for one the recommendation does not name, its wording. */
	record ConclusionActionBody(@NotBlank @Size(max = 64) String code, @Size(max = 100) String label) {
	}

}
