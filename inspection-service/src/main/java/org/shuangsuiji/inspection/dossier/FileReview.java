package org.shuangsuiji.inspection.dossier;

import java.time.Instant;
import java.util.List;

import org.shuangsuiji.inspection.plan.Actor;

/**
 * The traceability review of one drawn file: every {@link ReviewItem} answered.
 *
 * @param caseNumber the file
 * @param checks one per item, in item order
 * @param reviewedBy who recorded it
 * @param reviewedAt when
 */
public record FileReview(String caseNumber, List<ItemCheck> checks, Actor reviewedBy, Instant reviewedAt) {

	public FileReview {
		checks = List.copyOf(checks);
	}

	public List<Finding> findings() {
		return this.checks.stream()
			.filter(ItemCheck::defect)
			.map((check) -> new Finding(this.caseNumber, check.item(), check.note()))
			.toList();
	}

}
