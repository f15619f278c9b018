package org.shuangsuiji.scoring.engine;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.shuangsuiji.platform.problem.InvalidInputException;
import org.shuangsuiji.scoring.template.SeedTemplates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.shuangsuiji.scoring.engine.AnswerBuilder.answersTo;

/** Scoring answers to the 鄂州 2025 points table. */
class EzhouScoringTest {

	private final Scorer scorer = Scorer.of(SeedTemplates.ezhou());

	@Test
	void aSheetWithOnlyTheExpertScoresIsIncompleteNotExcellent() {
		PointsEvaluation result = evaluate(answers().fullExpertScores());
		assertThat(result.complete()).isFalse();
		assertThat(result.missingItems()).containsExactly("party", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10",
				"11", "14", "15");
	}

	@Test
	void aSheetCheckedWithoutDeductionsAndFullExpertScoresIsOneHundredAndExcellent() {
		PointsEvaluation result = evaluate(answers().fullExpertScores().restChecked());
		assertThat(result.total()).isEqualByComparingTo("100");
		assertThat(result.grade()).isEqualTo(new Outcome("EXCELLENT", "优秀"));
		assertThat(result.parts()).extracting(PartScore::partId, (part) -> part.score().toPlainString())
			.containsExactly(tuple("1", "10"), tuple("2", "25"), tuple("3", "20"), tuple("4", "40"), tuple("5", "5"),
					tuple("6", "0"));
		assertThat(result.complete()).isTrue();
		assertThat(result.actions()).isEmpty();
		assertThat(result.trace()).extracting(TraceEntry::kind)
			.containsExactly(TraceKind.DIRECT_SCORE, TraceKind.DIRECT_SCORE);
	}

	@Test
	void eightyNinePointFiveStaysExactAndIsPassNotExcellent() {
		PointsEvaluation result = evaluate(answers().fullExpertScores().deduct("2.7").times("4.1.b", 1));
		assertThat(result.total()).isEqualTo(new BigDecimal("89.5"));
		assertThat(result.grade()).isEqualTo(new Outcome("PASS", "合格"));
		assertThat(result.part("2").score()).isEqualTo(new BigDecimal("14.5"));
		assertThat(result.part("2").deducted()).isEqualTo(new BigDecimal("10.5"));
	}

	@ParameterizedTest
	@CsvSource({ "0, 100, 100, EXCELLENT", "20, 100, 90, EXCELLENT", "21, 100, 89.5, PASS", "40, 100, 80, PASS",
			"41, 100, 79.5, BASIC_PASS", "40, 50, 60, BASIC_PASS", "41, 50, 59.5, FAIL", "50, 0, 35, FAIL" })
	void gradesTheExactTotalByTheSeedsBands(int complaints, String archive, String total, String grade) {
		PointsEvaluation result = evaluate(answers().score("12", archive).score("13", "5").times("4.1.b", complaints));
		assertThat(result.total()).isEqualByComparingTo(total);
		assertThat(result.grade().code()).isEqualTo(grade);
	}

	@Test
	void theArchiveScoreCountsFortyPercent() {
		PointsEvaluation result = evaluate(answers().score("12", "88.5").score("13", "4.5"));
		assertThat(result.part("4").score()).isEqualTo(new BigDecimal("35.4"));
		assertThat(result.part("5").score()).isEqualTo(new BigDecimal("4.5"));
		assertThat(result.total()).isEqualTo(new BigDecimal("94.9"));
		assertThat(result.trace()).filteredOn((entry) -> "12".equals(entry.itemId()))
			.singleElement()
			.satisfies((entry) -> {
				assertThat(entry.kind()).isEqualTo(TraceKind.DIRECT_SCORE);
				assertThat(entry.points()).isEqualTo(new BigDecimal("35.4"));
				assertThat(entry.text()).isEqualTo("《湖北省司法鉴定档案（文书）评查评分表》实际得分 88.5 × 0.4");
				assertThat(entry.reason()).isEqualTo("score 88.5");
			});
	}

	@Test
	void aPartStopsAtZeroWhenItsDeductionsExceedItsMaximum() {
		PointsEvaluation result = evaluate(
				answers().fullExpertScores().deduct("party.1").deduct("party.2").deduct("party.3").deduct("party.4"));
		assertThat(result.part("1").deducted()).isEqualByComparingTo("12");
		assertThat(result.part("1").score()).isEqualByComparingTo("0");
		assertThat(result.part("1").floorReached()).isTrue();
		assertThat(result.total()).isEqualByComparingTo("90");
		assertThat(result.trace()).filteredOn((entry) -> entry.kind() == TraceKind.PART_FLOOR)
			.singleElement()
			.satisfies((entry) -> {
				assertThat(entry.partId()).isEqualTo("1");
				assertThat(entry.points()).isEqualByComparingTo("2");
				assertThat(entry.text()).isEqualTo("行业党建扣完为止（最低0分）");
			});
	}

	@Test
	void perOccurrenceRulesMultiplyAndTraceTheirOccurrences() {
		PointsEvaluation result = evaluate(
				answers().fullExpertScores().times("3.4", 3).times("4.1.b", 3).times("4.6", 1));
		assertThat(result.part("2").deducted()).isEqualByComparingTo("20.5");
		assertThat(result.trace()).filteredOn((entry) -> entry.kind() == TraceKind.DEDUCTION)
			.extracting(TraceEntry::ref, TraceEntry::occurrences, (entry) -> entry.points().toPlainString(),
					TraceEntry::reason)
			.containsExactly(tuple("3.4", 3, "-9", "3 × 3.4"), tuple("4.1.b", 3, "-1.5", "3 × 4.1.b"),
					tuple("4.6", 1, "-10", "1 × 4.6"));
		assertThat(result.item("3").findings()).isEqualTo(1);
		assertThat(result.item("3").found()).containsExactly("3.4");
	}

	@Test
	void aDeductionTraceQuotesTheRuleAndTheScorersReason() {
		PointsEvaluation result = evaluate(
				answers().fullExpertScores().rule(RuleAnswer.once("1.2", "委托书无办案机关印章（案卷 2024-鄂-031）")));
		assertThat(result.trace()).filteredOn((entry) -> entry.kind() == TraceKind.DEDUCTION)
			.singleElement()
			.satisfies((entry) -> {
				assertThat(entry.partId()).isEqualTo("2");
				assertThat(entry.itemId()).isEqualTo("1");
				assertThat(entry.ref()).isEqualTo("1.2");
				assertThat(entry.points()).isEqualByComparingTo("-5");
				assertThat(entry.text()).startsWith("委托为办案机关，司法鉴定委托书上无办案机关印章");
				assertThat(entry.reason()).isEqualTo("委托书无办案机关印章（案卷 2024-鄂-031）");
			});
	}

	@Test
	void anyDeductionRecommendsRectificationOfItsItem() {
		PointsEvaluation result = evaluate(answers().fullExpertScores().deduct("5.3").deduct("7.4"));
		assertThat(result.actions()).singleElement().satisfies((action) -> {
			assertThat(action.code()).isEqualTo("RECTIFY");
			assertThat(action.label()).isEqualTo("限期整改");
			assertThat(action.basis()).extracting(RecommendedAction.Basis::itemId, RecommendedAction.Basis::ref)
				.containsExactly(tuple("5", "5.3"), tuple("7", "7.4"));
		});
	}

	@Test
	void missingAccreditationRecommendsCancellingTheCategoryWithoutPoints() {
		PointsEvaluation result = evaluate(answers().fullExpertScores().contents("9.1", "法医物证", "法医毒物"));
		assertThat(result.total()).isEqualByComparingTo("100");
		assertThat(result.recommends("CANCEL_CATEGORY")).isTrue();
		assertThat(result.actions()).singleElement().satisfies((action) -> {
			assertThat(action.label()).isEqualTo("注销相应业务类别");
			assertThat(action.basis()).singleElement().satisfies((basis) -> {
				assertThat(basis.itemId()).isEqualTo("9");
				assertThat(basis.ref()).isEqualTo("9.1");
				assertThat(basis.contents()).containsExactly("法医物证", "法医毒物");
			});
		});
		assertThat(result.trace()).filteredOn((entry) -> entry.kind() == TraceKind.CONSEQUENCE)
			.singleElement()
			.satisfies((entry) -> assertThat(entry.points()).isEqualByComparingTo("0"));
	}

	@Test
	void bonusesAreCappedAtFive() {
		PointsEvaluation result = evaluate(answers().fullExpertScores().deduct("1.1").times("14.3", 2));
		assertThat(result.part("6").added()).isEqualByComparingTo("6");
		assertThat(result.part("6").score()).isEqualByComparingTo("5");
		assertThat(result.part("6").capReached()).isTrue();
		assertThat(result.total()).isEqualByComparingTo("100");
		assertThat(result.trace()).filteredOn((entry) -> entry.kind() == TraceKind.PART_CAP)
			.singleElement()
			.satisfies((entry) -> assertThat(entry.points()).isEqualByComparingTo("-1"));
	}

	@Test
	void theTotalIsCappedAtOneHundred() {
		PointsEvaluation result = evaluate(answers().fullExpertScores().times("14.1.a", 2));
		assertThat(result.part("6").score()).isEqualByComparingTo("3");
		assertThat(result.total()).isEqualByComparingTo("100");
		assertThat(result.trace()).filteredOn((entry) -> entry.kind() == TraceKind.TOTAL_CAP)
			.singleElement()
			.satisfies((entry) -> {
				assertThat(entry.points()).isEqualByComparingTo("-3");
				assertThat(entry.text()).isEqualTo("总分为100分");
			});
	}

	@Test
	void theSameNewsCountsOnceAtItsHighestLevel() {
		PointsEvaluation result = evaluate(answers().score("12", "90")
			.score("13", "5")
			.contents("15.1.a", "司法鉴定进社区")
			.contents("15.1.c", "司法鉴定进社区", "夜间鉴定窗口开放")
			.contents("15.2.b", "夜间鉴定窗口开放"));
		assertThat(result.part("6").added()).isEqualByComparingTo("2");
		assertThat(result.trace()).filteredOn((entry) -> entry.kind() == TraceKind.BONUS)
			.extracting(TraceEntry::ref, TraceEntry::occurrences, (entry) -> entry.points().toPlainString())
			.containsExactly(tuple("15.1.a", 1, "1.5"), tuple("15.1.c", 1, "0.5"));
		assertThat(result.trace()).filteredOn((entry) -> entry.kind() == TraceKind.NOT_COUNTED)
			.extracting(TraceEntry::ref, TraceEntry::contents)
			.containsExactly(tuple("15.1.c", List.of("司法鉴定进社区")), tuple("15.2.b", List.of("夜间鉴定窗口开放")));
	}

	@ParameterizedTest
	@CsvSource({ "1, 0.5", "2, 0.5", "3, 1", "4, 1", "5, 1.5", "12, 1.5" })
	void casesInTheMinistrysCaseLibraryEarnTheirTier(int cases, String points) {
		PointsEvaluation result = evaluate(answers().fullExpertScores().times("14.4", cases));
		assertThat(result.part("6").added()).isEqualByComparingTo(points);
	}

	@Test
	void aRelativelyIndependentAreaIsDeductedAtDiscretionUpToOnePointFivePerArea() {
		PointsEvaluation result = evaluate(
				answers().fullExpertScores().contents("7.3.a", "档案").points("7.3.b", "2.5", "接待", "检查（检验）"));
		assertThat(result.part("3").deducted()).isEqualByComparingTo("4.5");
		assertThat(result.trace()).filteredOn((entry) -> "7.3.b".equals(entry.ref()))
			.singleElement()
			.satisfies((entry) -> {
				assertThat(entry.occurrences()).isEqualTo(2);
				assertThat(entry.contents()).containsExactly("接待", "检查（检验）");
				assertThat(entry.reason()).isEqualTo("chosen: 2.5");
			});
	}

	@Test
	void anExpertAssessesTheEquipmentDeductionUpToFive() {
		PointsEvaluation result = evaluate(answers().fullExpertScores().points("10.4", "3.5"));
		assertThat(result.part("3").deducted()).isEqualByComparingTo("3.5");
	}

	@Test
	void expertItemsLeftOpenMakeTheSheetIncomplete() {
		PointsEvaluation result = evaluate(answers().deduct("1.1"));
		assertThat(result.complete()).isFalse();
		assertThat(result.missingItems()).containsExactly("party", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11",
				"12", "13", "14", "15");
		assertThat(result.total()).isEqualByComparingTo("50");
	}

	@Test
	void anItemTouchedWithoutSayingCheckedIsStillUnanswered() {
		PointsEvaluation result = (PointsEvaluation) this.scorer.evaluate(answers().fullExpertScores()
			.restChecked()
			.build()
			.with("7", new ItemAnswer(null, List.of(), List.of(), null, "看了一半")));
		assertThat(result.missingItems()).containsExactly("7");
	}

	@Test
	void aReviewRuleOnTheFailingGradeSendsTheResultToTheProvince() {
		org.shuangsuiji.scoring.template.Template ezhou = SeedTemplates.ezhou();
		org.shuangsuiji.scoring.template.Template withReview = new org.shuangsuiji.scoring.template.Template(
				ezhou.templateId(), ezhou.version(), ezhou.region(), ezhou.year(), ezhou.kind(), ezhou.title(),
				ezhou.issuer(), ezhou.source(), ezhou.header(), ezhou.parts(), ezhou.pools(), ezhou.totalCap(),
				ezhou.grades(), ezhou.conclusions(), ezhou.findingAction(),
				new org.shuangsuiji.scoring.template.ReviewRule("报省司法厅复核研判", null, List.of(), List.of("FAIL"), null),
				ezhou.notes());
		PointsEvaluation failing = (PointsEvaluation) Scorer.of(withReview)
			.evaluate(answersTo(withReview).score("12", "0").score("13", "0").restChecked().build());
		assertThat(failing.grade().code()).isEqualTo("FAIL");
		assertThat(failing.review().required()).isTrue();
		assertThat(failing.review().reasons()).containsExactly("结论为不合格");
		PointsEvaluation passing = (PointsEvaluation) Scorer.of(withReview)
			.evaluate(answersTo(withReview).fullExpertScores().restChecked().build());
		assertThat(passing.review().required()).isFalse();
	}

	@Test
	void theSameAnswersAlwaysGiveTheSameResult() {
		Answers answers = answers().fullExpertScores().deduct("1.1").times("3.4", 2).contents("15.1.b", "报道").build();
		assertThat(this.scorer.evaluate(answers)).isEqualTo(this.scorer.evaluate(answers))
			.isEqualTo(Scorer.of(SeedTemplates.ezhou()).evaluate(answers));
	}

	@Test
	void rejectsAnUnknownItemNamingIt() {
		assertRejected(answers().score("16", "1"), "16", "unknown-item", "not an item of template ezhou-2025-scoring");
	}

	@Test
	void rejectsARuleOfAnotherItemNamingBothItems() {
		Answers answers = new Answers(java.util.Map.of("1", ItemAnswer.rules(RuleAnswer.once("2.7", "x"))));
		assertRejected(answers, "1", "unknown-rule", "rule 2.7 belongs to item '2', not to item '1'");
	}

	@Test
	void rejectsADeductionFromAnotherTemplate() {
		Answers answers = new Answers(java.util.Map.of("4", ItemAnswer.rules(RuleAnswer.once("xx.1", "x"))));
		assertRejected(answers, "4", "unknown-rule",
				"rule xx.1 is not a rule of template ezhou-2025-scoring version 1");
	}

	@Test
	void rejectsNegativeOccurrences() {
		assertRejected(answers().times("4.1.b", -1), "4", "invalid-answer", "cannot be negative");
	}

	@Test
	void rejectsImplausiblyManyOccurrences() {
		assertRejected(answers().times("4.1.b", 1001), "4", "invalid-answer", "not a plausible finding");
	}

	@Test
	void rejectsAFixedDeductionClaimedTwice() {
		assertRejected(answers().times("1.1", 2), "1", "invalid-answer", "applies once or not at all");
	}

	@Test
	void rejectsADiscretionaryDeductionBeyondItsBound() {
		assertRejected(answers().points("7.3.b", "2", "接待"), "7", "invalid-answer",
				"allows at most 1.5 points per occurrence (1.5 for 1), got 2");
	}

	@Test
	void rejectsADiscretionaryDeductionOffItsSteps() {
		assertRejected(answers().points("8.2", "0.7", "门牌"), "8", "invalid-answer", "steps of 0.5");
	}

	@Test
	void rejectsADiscretionaryDeductionWithoutReason() {
		assertRejected(answers().rule(new RuleAnswer("8.2", null, BigDecimal.ONE, List.of("桌牌"), " ")), "8",
				"invalid-answer", "needs its reason");
	}

	@Test
	void rejectsTheSameAreaCountedAsBothSeparatedAndRelativelyIndependent() {
		assertRejected(answers().contents("7.3.a", "接待").points("7.3.b", "1", "接待"), "7", "invalid-answer",
				"「接待」 is already counted by rule 7.3.a");
	}

	@Test
	void rejectsAnAreaThatIsNotOneOfTheFour() {
		assertRejected(answers().contents("7.3.a", "会议室"), "7", "invalid-answer",
				"not one of the options of rule 7.3.a");
	}

	@Test
	void rejectsBothGradesOfOneFinding() {
		assertRejected(answers().deduct("1.3.a").deduct("1.3.b"), "1", "invalid-answer",
				"rules 1.3.a and 1.3.b are graded alternatives");
	}

	@Test
	void rejectsAnExpertDeductionOutOfRange() {
		assertRejected(answers().points("10.4", "5.5"), "10", "invalid-answer", "at most 5 points");
	}

	@Test
	void rejectsAnExpertScoreOutOfRange() {
		assertRejected(answers().score("13", "5.5"), "13", "invalid-answer", "专家评分 must be between 0 and 5, got 5.5");
		assertRejected(answers().score("12", "-1"), "12", "invalid-answer", "must be between 0 and 100");
		assertRejected(answers().score("12", "90.25"), "12", "invalid-answer", "steps of 0.5");
	}

	@Test
	void rejectsAChecklistFindingOnAPointsItem() {
		assertRejected(answers().finding("5", Finding.A), "5", "invalid-answer", "is scored, not answered A/B/C");
	}

	@Test
	void rejectsPointsOnAFixedRule() {
		assertRejected(answers().points("5.1", "3"), "5", "invalid-answer", "has set points");
	}

	@Test
	void rejectsNewsWithoutItsContent() {
		assertRejected(answers().times("15.1.a", 2), "15", "invalid-answer", "needs the contents it applies to");
	}

	@Test
	void rejectsARuleWithOptionsAnsweredWithNeitherContentsNorOccurrences() {
		assertRejected(answers().deduct("7.3.a"), "7", "invalid-answer",
				"rule 7.3.a needs the contents it applies to, out of: 接待、");
		assertRejected(answers().deduct("8.1"), "8", "invalid-answer", "rule 8.1 needs the contents it applies to");
		assertRejected(answers().deduct("9.1"), "9", "invalid-answer",
				"rule 9.1 needs the contents it applies to, out of: 法医物证");
	}

	@Test
	void aRuleWithOptionsAnsweredZeroTimesCountsNothing() {
		PointsEvaluation result = evaluate(answers().fullExpertScores().restChecked().times("7.3.a", 0));
		assertThat(result.total()).isEqualByComparingTo("100");
	}

	@Test
	void rejectsABonusReportWithoutItsTitle() {
		assertRejected(answers().deduct("15.1.a"), "15", "invalid-answer",
				"rule 15.1.a needs the contents it applies to");
	}

	@Test
	void rejectsATieredBonusWithoutItsCount() {
		assertRejected(answers().deduct("14.4"), "14", "invalid-answer",
				"rule 14.4 is graded by how often it applies: give its occurrences");
	}

	@Test
	void checksOneItemAsTheEvaluationWould() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.scorer.check("13", ItemAnswer.score(new BigDecimal("6"), null)))
			.satisfies((ex) -> assertThat(ex.properties()).containsEntry("item", "13"));
		this.scorer.check("13", ItemAnswer.score(new BigDecimal("4"), null));
	}

	private AnswerBuilder answers() {
		return answersTo(this.scorer.template());
	}

	private PointsEvaluation evaluate(AnswerBuilder answers) {
		return (PointsEvaluation) this.scorer.evaluate(answers.build());
	}

	private void assertRejected(AnswerBuilder answers, String item, String type, String message) {
		assertRejected(answers.build(), item, type, message);
	}

	private void assertRejected(Answers answers, String item, String type, String message) {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> this.scorer.evaluate(answers))
			.satisfies((ex) -> {
				assertThat(ex.type()).isEqualTo(type);
				assertThat(ex.properties()).containsEntry("item", item);
				assertThat(ex.errors()).singleElement()
					.satisfies((error) -> assertThat(error.field()).startsWith("items." + item));
				assertThat(ex.getMessage()).contains(message);
			});
	}

}
