package org.shuangsuiji.inspection.review.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The province's decision: {@code CONFIRM} the proposal, or {@code AMEND} it with an
 * outcome, optionally other actions, and a note.
 */
record ReviewDecisionRequest(@NotNull @Pattern(regexp = "CONFIRM|AMEND") String decision,
		@Size(max = 64) String outcome, @Size(max = 100) String outcomeLabel,
		@Size(max = 20) List<@Valid @NotNull ReviewActionBody> actions, @Size(max = 2000) String note) {

	/** A measure: its code and, for one the recommendation does not name, its wording. */
	record ReviewActionBody(@NotBlank @Size(max = 64) String code, @Size(max = 100) String label) {
	}

}
