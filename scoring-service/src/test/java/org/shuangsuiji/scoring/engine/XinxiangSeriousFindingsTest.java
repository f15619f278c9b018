package org.shuangsuiji.scoring.engine;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.scoring.template.SeedTemplates;
import org.shuangsuiji.scoring.template.Template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuangsuiji.scoring.engine.AnswerBuilder.answersTo;

/**
 * 新乡 checklist version 2: the serious findings carry their own actions as template data
 * (附件1 第2项（2）, 第4项, 第14至18项), and 附件2 四's 复核研判 is the template's {@code provincialReview}
 * rule.
 */
class XinxiangSeriousFindingsTest {

	private static final Template V2 = SeedTemplates.load("templates/xinxiang-2024-checklist.v2.json");

	private final Scorer scorer = Scorer.of(V2);

	@Test
	void practisingAfterTheLicenceWasRevokedIsNoPlainRectification() {
		ChecklistEvaluation result = evaluate(answersTo(V2).finding("2", Finding.A, 2).restNotFound());
		assertThat(result.conclusion()).isEqualTo(new Outcome("CEASE_PRACTICE", "停止司法鉴定活动，依法查处"));
		assertThat(result.recommends("CEASE_PRACTICE")).isTrue();
		assertThat(result.review().required()).isTrue();
		assertThat(result.review().reasons()).containsExactly("建议停止司法鉴定活动，依法查处（第2项）");
	}

	@Test
	void everyFalsificationAndMisconductItemIsReferredForInvestigationAndReviewedByTheProvince() {
		for (String itemId : List.of("4", "14", "15", "16", "17", "18")) {
			ChecklistEvaluation result = evaluate(answersTo(V2).finding(itemId, Finding.A).restNotFound());
			assertThat(result.conclusion().code()).as("item " + itemId).isEqualTo("REFER_FOR_INVESTIGATION");
			assertThat(result.actions()).extracting(RecommendedAction::code)
				.containsExactly("REFER_FOR_INVESTIGATION", "RECTIFY");
			assertThat(result.actions().get(0).basis()).singleElement()
				.satisfies((basis) -> assertThat(basis.itemId()).isEqualTo(itemId));
			assertThat(result.review().required()).isTrue();
		}
	}

	@Test
	void theSubPointsFoundOnAFalsificationItemAreNamedInItsAction() {
		ChecklistEvaluation result = evaluate(answersTo(V2).finding("4", Finding.A, 2, 6).restNotFound());
		assertThat(result.actions().get(0).basis().get(0).contents()).containsExactly("（2）", "（6）");
	}

	@Test
	void fiveItemsWithFindingsGoToTheProvinceAndFourDoNot() {
		ChecklistEvaluation four = evaluate(answersTo(V2).finding("5", Finding.A)
			.finding("6", Finding.A, 1)
			.finding("7", Finding.A, 1)
			.finding("8", Finding.A, 1)
			.restNotFound());
		assertThat(four.conclusion().code()).isEqualTo("RECTIFY");
		assertThat(four.review().required()).isFalse();
		assertThat(four.review().reasons()).isEmpty();

		ChecklistEvaluation five = evaluate(answersTo(V2).finding("5", Finding.A)
			.finding("6", Finding.A, 1)
			.finding("7", Finding.A, 1)
			.finding("8", Finding.A, 1)
			.finding("9", Finding.A, 1)
			.restNotFound());
		assertThat(five.conclusion().code()).as("many problems: still 限期整改, but reviewed").isEqualTo("RECTIFY");
		assertThat(five.review().required()).isTrue();
		assertThat(five.review().reasons()).containsExactly("5项检查内容发现问题（达到5项）");
	}

	@Test
	void suspensionIsASeriousProblemTooAndPremisesUnderSeventySquareMetresStillSuspend() {
		ChecklistEvaluation result = evaluate(answersTo(V2).finding("1", Finding.A, 1).restNotFound());
		assertThat(result.conclusion().code()).isEqualTo("SUSPEND_PRACTICE");
		assertThat(result.review().reasons()).containsExactly("建议暂停执业整改（第1项）");
	}

	@Test
	void versionOneStaysAsItWasScored() {
		ChecklistEvaluation result = (ChecklistEvaluation) Scorer.of(SeedTemplates.xinxiang())
			.evaluate(answersTo(SeedTemplates.xinxiang()).finding("16", Finding.A).restNotFound().build());
		assertThat(result.conclusion().code()).isEqualTo("RECTIFY");
		assertThat(result.review().required()).isFalse();
	}

	private ChecklistEvaluation evaluate(AnswerBuilder answers) {
		return (ChecklistEvaluation) this.scorer.evaluate(answers.build());
	}

}
