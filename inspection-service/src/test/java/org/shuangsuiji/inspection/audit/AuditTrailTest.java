package org.shuangsuiji.inspection.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.inspection.plan.Actor;

import static org.assertj.core.api.Assertions.assertThat;

class AuditTrailTest {

	private static final Actor CITY = new Actor("u-city", "新乡市司法局");

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC);

	private final SeqStore store = new SeqStore();

	@Test
	void consecutiveAppendsReadTheTrailOnlyForTheFirst() {
		AuditTrail trail = new AuditTrail(this.store, CLOCK);

		trail.append(CITY, "plan.created", "plan", "p1", "410700", Map.of());
		trail.append(CITY, "plan.published", "plan", "p1", "410700", Map.of());
		AuditEntry third = trail.append(CITY, "draw.drawn", "plan", "p1", "410700", Map.of());

		assertThat(this.store.reads).isEqualTo(1);
		assertThat(third.seq()).isEqualTo(3);
		assertThat(trail.verify().valid()).isTrue();
	}

	@Test
	void anEntryAnotherWriterAppendedMeanwhileIsChainedAfterNeverOverwritten() {
		AuditTrail one = new AuditTrail(this.store, CLOCK);
		AuditTrail other = new AuditTrail(this.store, CLOCK);
		one.append(CITY, "plan.created", "plan", "p1", "410700", Map.of());
		AuditEntry theirs = other.append(CITY, "plan.created", "plan", "p2", "410700", Map.of());

		AuditEntry mine = one.append(CITY, "plan.published", "plan", "p1", "410700", Map.of());

		assertThat(mine.seq()).isEqualTo(3);
		assertThat(mine.previousHash()).isEqualTo(theirs.hash());
		assertThat(this.store.entries).hasSize(3);
		assertThat(one.verify().valid()).isTrue();
	}

	/**
	 * Entries keyed by seq, as the collection's {@code _id}; counts reads of the last.
	 */
	private static final class SeqStore implements AuditStore {

		private final TreeMap<Long, AuditEntry> entries = new TreeMap<>();

		private int reads;

		@Override
		public Optional<AuditEntry> last() {
			this.reads++;
			return this.entries.isEmpty() ? Optional.empty() : Optional.of(this.entries.lastEntry().getValue());
		}

		@Override
		public boolean insert(AuditEntry entry) {
			return this.entries.putIfAbsent(entry.seq(), entry) == null;
		}

		@Override
		public List<AuditEntry> find(String regionPrefix, String subjectId, int page, int size) {
			return List.copyOf(this.entries.values());
		}

		@Override
		public void forEachInOrder(Consumer<AuditEntry> consumer) {
			this.entries.values().forEach(consumer);
		}

	}

}
