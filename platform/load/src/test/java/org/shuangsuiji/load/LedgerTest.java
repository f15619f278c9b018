package org.shuangsuiji.load;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LedgerTest {

	@Test
	void answersAreLostWhenTheVersionsGainedAreFewerThanTheAcknowledgedAnswers() {
		Ledger ledger = new Ledger();
		ledger.answerAcknowledged("1");
		ledger.answerAcknowledged("1");
		ledger.answerAcknowledged("2");

		assertThat(ledger.answers()).isEqualTo(3);
		assertThat(ledger.answersLost(Map.of("1", 1L, "2", 1L), Map.of("1", 3L, "2", 2L))).isZero();
		assertThat(ledger.answersLost(Map.of("1", 1L, "2", 1L), Map.of("1", 2L, "2", 2L))).isEqualTo(1);
	}

	@Test
	void aWriteKeptWithoutAnAnswerIsNotALostOne() {
		// a time-out may still have been written: more versions than acknowledgements
		Ledger ledger = new Ledger();
		ledger.answerAcknowledged("1");
		ledger.writeUnanswered();

		assertThat(ledger.answersLost(Map.of("1", 1L), Map.of("1", 3L))).isZero();
		assertThat(ledger.unanswered()).isEqualTo(1);
	}

	@Test
	void uploadsAreLostWhenAnAcknowledgedIdIsNotHeld() {
		Ledger ledger = new Ledger();
		ledger.uploadAcknowledged("e1");
		ledger.uploadAcknowledged("e2");

		assertThat(ledger.uploads()).isEqualTo(2);
		assertThat(ledger.uploadsLost(Set.of("e1", "e2", "e0"))).isZero();
		assertThat(ledger.uploadsLost(Set.of("e1"))).isEqualTo(1);
	}

}
