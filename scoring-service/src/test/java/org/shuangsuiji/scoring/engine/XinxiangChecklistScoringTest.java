package org.shuangsuiji.scoring.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.platform.problem.InvalidInputException;
import org.shuangsuiji.scoring.template.SeedTemplates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.shuangsuiji.scoring.engine.AnswerBuilder.answersTo;

/** Concluding the 新乡 2024 checklist from A 发现 / B 未发现 / C 不适用 answers. */
class XinxiangChecklistScoringTest {

	private final Scorer scorer = Scorer.of(SeedTemplates.xinxiang());

	@Test
	void noFindingsOnAnyItemConcludesNoFindings() {
		ChecklistEvaluation result = evaluate(answers().finding("21", Finding.C).restNotFound());
		assertThat(result.conclusion()).isEqualTo(new Outcome("NO_FINDINGS", "未发现问题"));
		assertThat(result.findings()).isEqualTo(new FindingCounts(0, 20, 1, 0));
		assertThat(result.complete()).isTrue();
		assertThat((Evaluation) result).as("a checklist has no total and no grade")
			.isNotInstanceOf(PointsEvaluation.class);
		assertThat(result.outcome()).isEqualTo(result.conclusion());
		assertThat(result.actions()).isEmpty();
		assertThat(result.trace()).isEmpty();
	}

	@Test
	void premisesUnderSeventySquareMetresSuspendPractice() {
		ChecklistEvaluation result = evaluate(answers().finding("1", Finding.A, 1).restNotFound());
		assertThat(result.conclusion()).isEqualTo(new Outcome("SUSPEND_PRACTICE", "暂停执业整改"));
		assertThat(result.actions()).extracting(RecommendedAction::code, RecommendedAction::label)
			.containsExactly(tuple("SUSPEND_PRACTICE", "暂停执业整改"), tuple("RECTIFY", "限期整改"));
		assertThat(result.actions().get(0).basis()).singleElement().satisfies((basis) -> {
			assertThat(basis.itemId()).isEqualTo("1");
			assertThat(basis.ref()).isEqualTo("（1）");
			assertThat(basis.text()).isEqualTo("鉴定机构执业场所达不到70平方的，暂时停止执业进行整改。");
			assertThat(basis.reason()).isEqualTo("note on 1");
		});
	}

	@Test
	void uncalibratedEquipmentSuspendsPractice() {
		ChecklistEvaluation result = evaluate(answers().finding("1", Finding.A, 3).restNotFound());
		assertThat(result.conclusion().code()).isEqualTo("SUSPEND_PRACTICE");
		assertThat(result.item("1").found()).containsExactly("3");
	}

	@Test
	void functionAreasAloneNeedRectificationNotSuspension() {
		ChecklistEvaluation result = evaluate(answers().finding("1", Finding.A, 2).restNotFound());
		assertThat(result.conclusion()).isEqualTo(new Outcome("RECTIFY", "限期整改"));
		assertThat(result.recommends("SUSPEND_PRACTICE")).isFalse();
	}

	@Test
	void countsTheFindingsOfEachItem() {
		ChecklistEvaluation result = evaluate(answers().finding("4", Finding.A, 2, 7)
			.finding("5", Finding.A)
			.finding("12", Finding.C)
			.restNotFound());
		assertThat(result.item("4")).satisfies((item) -> {
			assertThat(item.finding()).isEqualTo(Finding.A);
			assertThat(item.findings()).isEqualTo(2);
			assertThat(item.found()).containsExactly("2", "7");
		});
		assertThat(result.item("5").findings()).isEqualTo(1);
		assertThat(result.item("12").findings()).isZero();
		assertThat(result.findings()).isEqualTo(new FindingCounts(2, 18, 1, 0));
		assertThat(result.conclusion().code()).isEqualTo("RECTIFY");
		assertThat(result.actions()).singleElement()
			.satisfies((action) -> assertThat(action.basis()).extracting(RecommendedAction.Basis::itemId)
				.containsExactly("4", "5"));
		assertThat(result.trace()).extracting(TraceEntry::kind, TraceEntry::itemId, TraceEntry::ref)
			.containsExactly(tuple(TraceKind.FINDING, "4", "（2）"), tuple(TraceKind.FINDING, "4", "（7）"),
					tuple(TraceKind.FINDING, "5", null));
	}

	@Test
	void unansweredItemsAreListedAsMissing() {
		ChecklistEvaluation result = evaluate(answers().finding("2", Finding.B).finding("3", Finding.A));
		assertThat(result.complete()).isFalse();
		assertThat(result.missingItems()).hasSize(19).startsWith("1", "4").doesNotContain("2", "3");
		assertThat(result.findings()).isEqualTo(new FindingCounts(1, 1, 0, 19));
	}

	@Test
	void withoutFindingsButWithUnansweredItemsConcludesThatTheyAreUnanswered() {
		ChecklistEvaluation result = evaluate(answers().finding("2", Finding.B).finding("3", Finding.C));

		assertThat(result.conclusion().code()).isEqualTo("INCOMPLETE");
		assertThat(result.conclusion().label()).startsWith("尚有19项未作答（第1、4、5、")
			.endsWith("21项），不能得出“未发现问题”的结论")
			.doesNotStartWith("未发现问题");
	}

	@Test
	void aFindingConcludesEvenWhileOtherItemsAreUnanswered() {
		ChecklistEvaluation result = evaluate(answers().finding("3", Finding.A));

		assertThat(result.conclusion().code()).isEqualTo("RECTIFY");
		assertThat(result.complete()).isFalse();
	}

	@Test
	void rejectsAFindingOnItemOneWithoutItsSubPoints() {
		assertRejected(answers().finding("1", Finding.A), "1", "some of them recommend （1）暂停执业整改、（3）暂停执业整改");
	}

	@Test
	void rejectsSubPointsWithoutAFinding() {
		assertRejected(answers().finding("4", Finding.B, 2), "4", "only with finding A");
	}

	@Test
	void rejectsASubPointTheItemDoesNotHave() {
		assertRejected(answers().finding("4", Finding.A, 11), "4", "has no sub-point （11）");
	}

	@Test
	void rejectsASubPointNamedTwice() {
		assertRejected(answers().finding("6", Finding.A, 2, 2), "6", "named twice");
	}

	@Test
	void rejectsPointsOnAChecklistItem() {
		Answers answers = new Answers(Map.of("3", ItemAnswer.score(BigDecimal.ONE, null)));
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> this.scorer.evaluate(answers))
			.satisfies((ex) -> assertThat(ex.properties()).containsEntry("item", "3"));
	}

	@Test
	void rejectsAnItemOfTheOtherTemplate() {
		Answers answers = new Answers(Map.of("party", ItemAnswer.finding(Finding.A, List.of(), null)));
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> this.scorer.evaluate(answers))
			.satisfies((ex) -> {
				assertThat(ex.type()).isEqualTo("unknown-item");
				assertThat(ex.properties()).containsEntry("item", "party");
			});
	}

	private AnswerBuilder answers() {
		return answersTo(this.scorer.template());
	}

	private ChecklistEvaluation evaluate(AnswerBuilder answers) {
		return (ChecklistEvaluation) this.scorer.evaluate(answers.build());
	}

	private void assertRejected(AnswerBuilder answers, String item, String message) {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> evaluate(answers)).satisfies((ex) -> {
			assertThat(ex.type()).isEqualTo("invalid-answer");
			assertThat(ex.properties()).containsEntry("item", item);
			assertThat(ex.getMessage()).contains(message);
		});
	}

}
