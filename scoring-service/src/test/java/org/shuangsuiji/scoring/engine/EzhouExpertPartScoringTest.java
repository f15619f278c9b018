package org.shuangsuiji.scoring.engine;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.scoring.template.Item;
import org.shuangsuiji.scoring.template.SeedTemplates;
import org.shuangsuiji.scoring.template.Template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuangsuiji.scoring.engine.AnswerBuilder.answersTo;

/**
 * Version 2 of the 鄂州 table asks for the expert's part of item 10 (④, 此项由专家评分) on its
 * own: the inspectors' "checked" on item 10 no longer answers it. Scores are those of
 * version 1.
 */
class EzhouExpertPartScoringTest {

	private final Template v1 = SeedTemplates.ezhou();

	private final Template v2 = SeedTemplates.load("templates/ezhou-2025-scoring.v2.json");

	@Test
	void inVersionOneTheInspectorsCheckOfItemTenAnswersTheExpertPartToo() {
		Answers answers = answersTo(this.v1).fullExpertScores().restChecked().build();
		assertThat(Scorer.of(this.v1).evaluate(answers).complete()).isTrue();
	}

	@Test
	void inVersionTwoTheExpertPartStaysUnansweredUntilTheExpertAnswersIt() {
		Answers inspectorsOnly = answersTo(this.v2).fullExpertScores().build();
		inspectorsOnly = checkEveryItemBut(inspectorsOnly, "10-4");
		Evaluation result = Scorer.of(this.v2).evaluate(inspectorsOnly);
		assertThat(result.complete()).isFalse();
		assertThat(result.missingItems()).containsExactly("10-4");

		Evaluation assessed = Scorer.of(this.v2).evaluate(inspectorsOnly.with("10-4", ItemAnswer.nothingApplies("符合")));
		assertThat(assessed.complete()).isTrue();
	}

	@Test
	void theSameDeductionsScoreTheSameInBothVersions() {
		Answers one = answersTo(this.v1).fullExpertScores().deduct("10.2").points("10.4", "2.5").restChecked().build();
		Answers two = answersTo(this.v2).fullExpertScores().deduct("10.2").points("10.4", "2.5").restChecked().build();
		PointsEvaluation before = (PointsEvaluation) Scorer.of(this.v1).evaluate(one);
		PointsEvaluation after = (PointsEvaluation) Scorer.of(this.v2).evaluate(two);
		assertThat(after.total()).isEqualByComparingTo(before.total()).isEqualByComparingTo("96.5");
		assertThat(after.part("3").score()).isEqualByComparingTo(before.part("3").score());
		assertThat(after.item("10").deducted()).isEqualByComparingTo("1");
		assertThat(after.item("10-4").deducted()).isEqualByComparingTo("2.5");
		assertThat(after.item("10-4").number()).isEqualTo("10④");
		assertThat(after.complete()).isTrue();
	}

	private Answers checkEveryItemBut(Answers answers, String skipped) {
		Answers result = answers;
		for (Item item : this.v2.items().filter((one) -> one.directScore() == null).toList()) {
			if (!item.id().equals(skipped)) {
				result = result.with(item.id(), ItemAnswer.nothingApplies(null));
			}
		}
		return result;
	}

}
