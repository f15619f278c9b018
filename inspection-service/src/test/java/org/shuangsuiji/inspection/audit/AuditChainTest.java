package org.shuangsuiji.inspection.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.inspection.plan.Actor;

import static org.assertj.core.api.Assertions.assertThat;

class AuditChainTest {

	private static final Actor CITY = new Actor("u-city", "新乡市司法局");

	private static List<AuditEntry> chainOf(int n) {
		List<AuditEntry> entries = new ArrayList<>();
		AuditEntry previous = null;
		for (int i = 0; i < n; i++) {
			previous = AuditEntry.next(previous, Instant.parse("2024-06-01T00:00:00.123456Z").plusSeconds(i), CITY,
					"plan.revised", "plan", "p1", "410700", Map.of("change", "第" + i + "次"));
			entries.add(previous);
		}
		return entries;
	}

	private static AuditVerification verify(List<AuditEntry> entries) {
		AuditChain chain = new AuditChain();
		entries.forEach(chain::accept);
		return chain.result();
	}

	@Test
	void anIntactChainVerifies() {
		List<AuditEntry> entries = chainOf(5);
		assertThat(entries.get(0).previousHash()).isEqualTo(AuditEntry.GENESIS);
		assertThat(entries.get(0).at()).isEqualTo(Instant.parse("2024-06-01T00:00:00.123Z"));
		assertThat(entries.get(1).previousHash()).isEqualTo(entries.get(0).hash());
		AuditVerification result = verify(entries);
		assertThat(result.valid()).isTrue();
		assertThat(result.verifiedEntries()).isEqualTo(5);
		assertThat(result.headHash()).isEqualTo(entries.get(4).hash());
	}

	@Test
	void anEmptyChainIsValid() {
		assertThat(verify(List.of()).valid()).isTrue();
	}

	@Test
	void aChangedEntryBreaksTheChainAtThatEntry() {
		List<AuditEntry> entries = new ArrayList<>(chainOf(5));
		AuditEntry original = entries.get(2);
		entries.set(2,
				new AuditEntry(original.seq(), original.at(), original.actor(), "plan.published",
						original.subjectType(), original.subjectId(), original.region(), original.details(),
						original.previousHash(), original.hash()));
		AuditVerification result = verify(entries);
		assertThat(result.valid()).isFalse();
		assertThat(result.firstBrokenSeq()).isEqualTo(3);
		assertThat(result.verifiedEntries()).isEqualTo(2);
	}

	@Test
	void aRemovedEntryBreaksTheChain() {
		List<AuditEntry> entries = new ArrayList<>(chainOf(5));
		entries.remove(1);
		AuditVerification result = verify(entries);
		assertThat(result.valid()).isFalse();
		assertThat(result.firstBrokenSeq()).isEqualTo(2);
		assertThat(result.reason()).contains("missing");
	}

	@Test
	void aRewrittenTailThatRehashesItselfStillBreaksAtTheLink() {
		List<AuditEntry> entries = new ArrayList<>(chainOf(3));
		AuditEntry forged = AuditEntry.next(null, Instant.EPOCH, CITY, "draw.seeded", "draw", "p1", "410700", Map.of());
		entries.set(1, new AuditEntry(2, forged.at(), forged.actor(), forged.action(), forged.subjectType(),
				forged.subjectId(), forged.region(), forged.details(), forged.previousHash(), forged.hash()));
		assertThat(verify(entries).firstBrokenSeq()).isEqualTo(2);
	}

}
