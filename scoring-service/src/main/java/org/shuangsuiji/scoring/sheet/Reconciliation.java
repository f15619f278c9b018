package org.shuangsuiji.scoring.sheet;

import java.math.BigDecimal;
import java.util.List;

import org.shuangsuiji.scoring.engine.Finding;
import org.shuangsuiji.scoring.engine.ItemAnswer;
import org.shuangsuiji.scoring.engine.Outcome;

/**
 * The independent sheets of one inspection side by side, and the items where they differ.
 *
 * @param inspectionId the inspection
 * @param templateId the template all of them use
 * @param templateVersion its version
 * @param sheets the independent sheets compared
 * @param itemsCompared how many items were compared
 * @param differences the items whose answers differ (notes and reasons aside)
 */
public record Reconciliation(String inspectionId, String templateId, int templateVersion, List<Scorer> sheets,
		int itemsCompared, List<Difference> differences) {

	/** One inspector's sheet and where it came out. */
	public record Scorer(String sheetId, String ownerId, String ownerName, SheetStatus status, BigDecimal total,
			Outcome outcome) {

	}

	/** An item the inspectors answered differently. */
	public record Difference(String itemId, String number, String title, List<Answer> answers) {

	}

	/**
	 * One sheet's answer to a differing item, with what it does to the score.
	 *
	 * @param answer the answer, or {@code null} if the inspector left the item open
	 */
	public record Answer(String sheetId, String ownerName, ItemAnswer answer, Finding finding, BigDecimal deducted,
			BigDecimal added) {

	}

}
