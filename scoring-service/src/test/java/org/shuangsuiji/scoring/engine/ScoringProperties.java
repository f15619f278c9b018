package org.shuangsuiji.scoring.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import org.shuangsuiji.scoring.template.Part;
import org.shuangsuiji.scoring.template.PartKind;
import org.shuangsuiji.scoring.template.Pool;
import org.shuangsuiji.scoring.template.SeedTemplates;
import org.shuangsuiji.scoring.template.Template;
import org.shuangsuiji.scoring.template.TemplateValidator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invariants of the engine over the 鄂州 template and over random points tables with random
 * valid answers.
 */
class ScoringProperties {

	@Property(tries = 500)
	void ezhouPartsStayBetweenTheirFloorAndMaximum(@ForAll Random random) {
		Template ezhou = SeedTemplates.ezhou();
		assertPartsAndTotalInRange(ezhou,
				(PointsEvaluation) Scorer.of(ezhou).evaluate(RandomSheets.answers(ezhou, random)));
	}

	@Property(tries = 500)
	void randomTemplatesKeepPartsAndPoolsBetweenFloorAndMaximum(@ForAll Random random) {
		Template template = RandomSheets.template(random);
		assertThat(TemplateValidator.validate(template)).isEmpty();
		assertPartsAndTotalInRange(template,
				(PointsEvaluation) Scorer.of(template).evaluate(RandomSheets.answers(template, random)));
	}

	@Property(tries = 500)
	void addingADeductionNeverRaisesAnyScore(@ForAll Random random) {
		Template template = random.nextBoolean() ? SeedTemplates.ezhou() : RandomSheets.template(random);
		Scorer scorer = Scorer.of(template);
		Answers before = RandomSheets.answers(template, random);
		Answers after = RandomSheets.withOneMoreDeduction(template, before, random);
		PointsEvaluation less = (PointsEvaluation) scorer.evaluate(after);
		PointsEvaluation more = (PointsEvaluation) scorer.evaluate(before);
		assertThat(less.total()).isLessThanOrEqualTo(more.total());
		for (PartScore part : less.parts()) {
			assertThat(part.score()).isLessThanOrEqualTo(more.part(part.partId()).score());
		}
	}

	@Property(tries = 300)
	void theSameAnswersAlwaysGiveTheSameResultInAnyOrder(@ForAll Random random) {
		Template template = random.nextBoolean() ? SeedTemplates.ezhou() : RandomSheets.template(random);
		Answers answers = RandomSheets.answers(template, random);
		List<String> ids = new ArrayList<>(answers.items().keySet());
		Collections.shuffle(ids, random);
		Map<String, ItemAnswer> shuffled = new LinkedHashMap<>();
		ids.forEach((id) -> shuffled.put(id, answers.items().get(id)));
		Evaluation first = Scorer.of(template).evaluate(answers);
		assertThat(Scorer.of(template).evaluate(answers)).isEqualTo(first);
		assertThat(Scorer.of(template).evaluate(new Answers(shuffled))).isEqualTo(first);
	}

	@Property(tries = 300)
	void theGradeIsTheBandOfTheExactTotal(@ForAll Random random) {
		Template ezhou = SeedTemplates.ezhou();
		PointsEvaluation result = (PointsEvaluation) Scorer.of(ezhou).evaluate(RandomSheets.answers(ezhou, random));
		String expected = (result.total().doubleValue() >= 90) ? "EXCELLENT" : (result.total().doubleValue() >= 80)
				? "PASS" : (result.total().doubleValue() >= 60) ? "BASIC_PASS" : "FAIL";
		assertThat(result.grade().code()).isEqualTo(expected);
		assertThat(result.total().remainder(new java.math.BigDecimal("0.1")).signum()).isZero();
	}

	private static void assertPartsAndTotalInRange(Template template, PointsEvaluation result) {
		for (Part part : template.parts()) {
			PartScore score = result.part(part.id());
			assertThat(score.score()).as("part %s", part.id()).isLessThanOrEqualTo(part.max());
			if (part.floor() != null) {
				assertThat(score.score()).as("part %s", part.id()).isGreaterThanOrEqualTo(part.floor());
			}
			if (part.kind() != PartKind.DEDUCTION) {
				assertThat(score.score()).isNotNegative();
			}
		}
		for (Pool pool : template.pools()) {
			PoolScore score = result.pools()
				.stream()
				.filter((one) -> one.poolId().equals(pool.id()))
				.findFirst()
				.orElseThrow();
			assertThat(score.score()).isGreaterThanOrEqualTo(pool.floor()).isLessThanOrEqualTo(score.max());
		}
		assertThat(result.total()).isNotNegative().isLessThanOrEqualTo(template.totalCap());
	}

}
