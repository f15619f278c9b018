package org.shuangsuiji.scoring.sheet.json;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.scoring.config.ScoringJson;
import org.shuangsuiji.scoring.engine.Answers;
import org.shuangsuiji.scoring.engine.Evaluation;
import org.shuangsuiji.scoring.engine.Finding;
import org.shuangsuiji.scoring.engine.ItemAnswer;
import org.shuangsuiji.scoring.engine.Scorer;
import org.shuangsuiji.scoring.template.SeedTemplates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuangsuiji.scoring.engine.AnswerBuilder.answersTo;

/**
 * The evidence an answer names is sealed with the result; a result without evidence
 * hashes as it did before answers carried any.
 */
class CanonicalResultHashTest {

	private final CanonicalResultHash hash = new CanonicalResultHash(ScoringJson.mapper());

	private final Scorer scorer = Scorer.of(SeedTemplates.xinxiang());

	private final Answers plain = answersTo(SeedTemplates.xinxiang()).finding("2", Finding.A, 1).restNotFound().build();

	@Test
	void aResultWithoutEvidenceHasNoEvidenceField() {
		String canonical = this.hash.canonical(this.scorer.evaluate(this.plain));
		assertThat(canonical).doesNotContain("evidenceIds");
	}

	@Test
	void theEvidenceOfAnAnswerChangesTheHash() {
		Evaluation without = this.scorer.evaluate(this.plain);
		Evaluation with = this.scorer.evaluate(this.plain.with("2", withEvidence(this.plain, "ev-1")));
		Evaluation other = this.scorer.evaluate(this.plain.with("2", withEvidence(this.plain, "ev-2")));
		assertThat(with.outcome()).isEqualTo(without.outcome());
		assertThat(this.hash.canonical(with)).contains("\"evidenceIds\":[\"ev-1\"]");
		assertThat(this.hash.of(with)).isNotEqualTo(this.hash.of(without)).isNotEqualTo(this.hash.of(other));
	}

	@Test
	void aResultReadBackFromItsJsonHashesTheSame() {
		Evaluation with = this.scorer.evaluate(this.plain.with("2", withEvidence(this.plain, "ev-1")));
		Evaluation read = ScoringJson.storage()
			.readValue(ScoringJson.storage().writeValueAsString(with), Evaluation.class);
		assertThat(this.hash.of(read)).isEqualTo(this.hash.of(with));
		Evaluation without = this.scorer.evaluate(this.plain);
		Evaluation readWithout = ScoringJson.storage()
			.readValue(ScoringJson.storage().writeValueAsString(without), Evaluation.class);
		assertThat(this.hash.of(readWithout)).isEqualTo(this.hash.of(without));
	}

	private static ItemAnswer withEvidence(Answers answers, String evidenceId) {
		ItemAnswer answer = answers.items().get("2");
		return new ItemAnswer(answer.finding(), answer.subPoints(), answer.rules(), answer.score(), answer.note(),
				answer.checked(), List.of(evidenceId));
	}

}
