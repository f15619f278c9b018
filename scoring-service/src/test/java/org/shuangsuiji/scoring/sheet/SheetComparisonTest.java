package org.shuangsuiji.scoring.sheet;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.scoring.engine.Finding;
import org.shuangsuiji.scoring.engine.ItemAnswer;
import org.shuangsuiji.scoring.engine.RuleAnswer;

import static org.assertj.core.api.Assertions.assertThat;

/** When two inspectors' answers to an item count as the same for reconciliation. */
class SheetComparisonTest {

	@Test
	void notesAndReasonsDoNotMakeADifference() {
		assertThat(key(ItemAnswer.finding(Finding.A, List.of(3, 1), "甲的备注")))
			.isEqualTo(key(ItemAnswer.finding(Finding.A, List.of(1, 3), "乙的备注")));
		assertThat(key(ItemAnswer.rules(RuleAnswer.once("1.1", "甲"), RuleAnswer.times("4.1.b", 2, "甲"))))
			.isEqualTo(key(ItemAnswer.rules(RuleAnswer.times("4.1.b", 2, "乙"), RuleAnswer.times("1.1", 1, "乙"))));
	}

	@Test
	void theSameFindingSpeltDifferentlyIsTheSame() {
		assertThat(key(ItemAnswer.rules(RuleAnswer.contents("8.1", List.of("门牌", "桌牌"), "x"))))
			.isEqualTo(key(ItemAnswer.rules(new RuleAnswer("8.1", 2, null, List.of("桌牌", " 门牌"), "y"))));
		assertThat(key(ItemAnswer.score(new BigDecimal("88.50"), null)))
			.isEqualTo(key(ItemAnswer.score(new BigDecimal("88.5"), "x")));
		assertThat(key(ItemAnswer.rules(RuleAnswer.times("4.1.b", 0, "none")))).isEqualTo(AnswerComparison.key(null));
	}

	@Test
	void aDifferentFindingRuleOrCountIsADifference() {
		assertThat(key(ItemAnswer.finding(Finding.A, List.of(1), null)))
			.isNotEqualTo(key(ItemAnswer.finding(Finding.A, List.of(2), null)));
		assertThat(key(ItemAnswer.rules(RuleAnswer.times("4.1.b", 2, "x"))))
			.isNotEqualTo(key(ItemAnswer.rules(RuleAnswer.times("4.1.b", 3, "x"))));
		assertThat(key(ItemAnswer.finding(Finding.B, List.of(), null))).isNotEqualTo(AnswerComparison.key(null));
	}

	private static String key(ItemAnswer answer) {
		return AnswerComparison.key(new AnsweredItem(answer, 1, "u", "U", Instant.EPOCH));
	}

}
