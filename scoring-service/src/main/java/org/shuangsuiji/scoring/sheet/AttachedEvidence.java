package org.shuangsuiji.scoring.sheet;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.shuangsuiji.platform.problem.RuleViolationException;

/**
 * An answer rests only on evidence of its own sheet's inspection that still stands: every
 * id it names must be listed by evidence-service for that inspection and not withdrawn.
 * Evidence of another inspection, withdrawn evidence and unknown ids are refused
 * together, each named, before anything is stored.
 */
final class AttachedEvidence {

	private AttachedEvidence() {
	}

	/**
	 * Checks the ids against the inspection's evidence; asks evidence-service only when
	 * there are ids to check.
	 */
	static void requireOfInspection(String inspectionId, String itemId, List<String> evidenceIds,
			Function<String, List<InspectionEvidence.Evidence>> evidenceOf) {
		if (evidenceIds.isEmpty()) {
			return;
		}
		Set<String> standing = evidenceOf.apply(inspectionId)
			.stream()
			.filter((evidence) -> inspectionId.equals(evidence.inspectionId()) && !evidence.withdrawn())
			.map(InspectionEvidence.Evidence::id)
			.collect(Collectors.toSet());
		List<String> refused = evidenceIds.stream().filter((id) -> !standing.contains(id)).toList();
		if (!refused.isEmpty()) {
			throw new RuleViolationException("evidence-not-of-inspection",
					"an answer rests only on evidence of inspection " + inspectionId
							+ " that is not withdrawn; not such evidence: " + String.join(", ", refused))
				.with("item", itemId)
				.with("evidenceIds", refused);
		}
	}

}
