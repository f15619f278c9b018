package org.shuangsuiji.scoring.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.scoring.template.Part;
import org.shuangsuiji.scoring.template.Pool;
import org.shuangsuiji.scoring.template.SeedTemplates;
import org.shuangsuiji.scoring.template.Template;
import org.shuangsuiji.scoring.template.TemplateValidator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuangsuiji.scoring.engine.AnswerBuilder.answersTo;

/**
 * The engine can floor parts together, as a literal reading of the 鄂州 remark "第一项、第二项的总分为
 * 50分，扣完为止" would: deductions beyond one part's maximum then eat into the other part.
 */
class PooledFloorTest {

	private final Template pooled = pooledPartsOneAndTwo();

	@Test
	void aPooledTemplateIsValid() {
		assertThat(TemplateValidator.validate(this.pooled)).isEmpty();
	}

	@Test
	void deductionsBeyondOnePartsMaximumCarryIntoItsPool() {
		PointsEvaluation result = (PointsEvaluation) Scorer.of(this.pooled)
			.evaluate(answersTo(this.pooled).fullExpertScores()
				.deduct("party.1")
				.deduct("party.2")
				.deduct("party.3")
				.deduct("party.4")
				.build());
		assertThat(result.part("1").score()).isEqualByComparingTo("-2");
		assertThat(result.pools()).singleElement().satisfies((pool) -> {
			assertThat(pool.max()).isEqualByComparingTo("35");
			assertThat(pool.raw()).isEqualByComparingTo("23");
			assertThat(pool.score()).isEqualByComparingTo("23");
			assertThat(pool.floorReached()).isFalse();
		});
		assertThat(result.total()).isEqualByComparingTo("88");
		PointsEvaluation perPart = (PointsEvaluation) Scorer.of(SeedTemplates.ezhou())
			.evaluate(answersTo(SeedTemplates.ezhou()).fullExpertScores()
				.deduct("party.1")
				.deduct("party.2")
				.deduct("party.3")
				.deduct("party.4")
				.build());
		assertThat(perPart.total()).isEqualByComparingTo("90");
	}

	@Test
	void thePoolStopsAtItsFloor() {
		AnswerBuilder answers = answersTo(this.pooled).fullExpertScores();
		for (String rule : List.of("party.1", "party.2", "party.3", "party.4", "1.1", "1.2", "2.7", "2.6", "3.2")) {
			answers.deduct(rule);
		}
		PointsEvaluation result = (PointsEvaluation) Scorer.of(this.pooled).evaluate(answers.build());
		assertThat(result.pools()).singleElement().satisfies((pool) -> {
			assertThat(pool.raw()).isEqualByComparingTo("-12");
			assertThat(pool.score()).isEqualByComparingTo("0");
			assertThat(pool.floorReached()).isTrue();
		});
		assertThat(result.total()).isEqualByComparingTo("65");
		assertThat(result.trace()).filteredOn((entry) -> entry.kind() == TraceKind.POOL_FLOOR)
			.singleElement()
			.satisfies((entry) -> {
				assertThat(entry.ref()).isEqualTo("parts-1-2");
				assertThat(entry.points()).isEqualByComparingTo("12");
			});
	}

	private static Template pooledPartsOneAndTwo() {
		Template ezhou = SeedTemplates.ezhou();
		List<Part> parts = new ArrayList<>();
		for (Part part : ezhou.parts()) {
			boolean pooled = part.id().equals("1") || part.id().equals("2");
			parts.add(pooled
					? new Part(part.id(), part.label(), part.title(), part.kind(), part.max(), null, part.items())
					: part);
		}
		return new Template("ezhou-pooled", 1, ezhou.region(), ezhou.year(), ezhou.kind(), ezhou.title(),
				ezhou.issuer(), ezhou.source(), ezhou.header(), parts,
				List.of(new Pool("parts-1-2", List.of("1", "2"), BigDecimal.ZERO, "第一项、第二项扣完为止")), ezhou.totalCap(),
				ezhou.grades(), ezhou.conclusions(), ezhou.findingAction(), ezhou.notes());
	}

}
