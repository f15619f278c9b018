package org.shuangsuiji.scoring.sheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.shuangsuiji.scoring.engine.Evaluation;
import org.shuangsuiji.scoring.engine.Finding;
import org.shuangsuiji.scoring.engine.ItemAnswer;
import org.shuangsuiji.scoring.engine.ItemOutcome;
import org.shuangsuiji.scoring.engine.Outcome;
import org.shuangsuiji.scoring.engine.PointsEvaluation;
import org.shuangsuiji.scoring.template.Item;
import org.shuangsuiji.scoring.template.Template;

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

	/**
	 * Compares the sheets item by item.
	 * @param template the template version every sheet uses
	 * @param sheets the independent sheets, in the order to show them
	 * @param results each sheet's result (submitted, or a preview of a draft)
	 */
	static Reconciliation of(String inspectionId, Template template, List<Sheet> sheets, List<Evaluation> results) {
		List<Scorer> scorers = new ArrayList<>();
		for (int i = 0; i < sheets.size(); i++) {
			scorers.add(Scorer.of(sheets.get(i), results.get(i)));
		}
		List<Item> items = template.items().toList();
		List<Difference> differences = new ArrayList<>();
		for (Item item : items) {
			long distinct = sheets.stream()
				.map((sheet) -> AnswerComparison.key(sheet.answers().get(item.id())))
				.distinct()
				.count();
			if (distinct > 1) {
				differences.add(Difference.of(item, sheets, results));
			}
		}
		return new Reconciliation(inspectionId, template.templateId(), template.version(), scorers, items.size(),
				differences);
	}

	/** One inspector's sheet and where it came out. */
	public record Scorer(String sheetId, String ownerId, String ownerName, SheetStatus status, BigDecimal total,
			Outcome outcome) {

		static Scorer of(Sheet sheet, Evaluation result) {
			BigDecimal total = (result instanceof PointsEvaluation points) ? points.total() : null;
			return new Scorer(sheet.id(), sheet.ownerId(), sheet.ownerName(), sheet.status(), total, result.outcome());
		}

	}

	/** An item the inspectors answered differently. */
	public record Difference(String itemId, String number, String title, List<Answer> answers) {

		static Difference of(Item item, List<Sheet> sheets, List<Evaluation> results) {
			List<Answer> answers = new ArrayList<>();
			for (int i = 0; i < sheets.size(); i++) {
				Sheet sheet = sheets.get(i);
				AnsweredItem answered = sheet.answers().get(item.id());
				ItemOutcome outcome = results.get(i).item(item.id());
				answers.add(new Answer(sheet.id(), sheet.ownerName(), (answered != null) ? answered.answer() : null,
						outcome.finding(), outcome.deducted(), outcome.added()));
			}
			return new Difference(item.id(), item.number(), item.title(), answers);
		}

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
