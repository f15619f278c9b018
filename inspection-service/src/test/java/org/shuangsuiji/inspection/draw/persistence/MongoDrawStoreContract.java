package org.shuangsuiji.inspection.draw.persistence;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import org.shuangsuiji.inspection.draw.DrawInputs;
import org.shuangsuiji.inspection.draw.DrawRecord;
import org.shuangsuiji.inspection.draw.DrawSecret;
import org.shuangsuiji.inspection.draw.PoolSnapshot;
import org.shuangsuiji.inspection.draw.Pseudonyms;
import org.shuangsuiji.inspection.draw.Seed;
import org.shuangsuiji.inspection.draw.SeedSource;
import org.shuangsuiji.inspection.plan.Actor;
import org.shuangsuiji.inspection.plan.PlanFixtures;
import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.inspection.plan.Sampling;
import org.shuangsuiji.inspection.plan.TeamRules;
import org.shuangsuiji.platform.test.MongoStoreContract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.shuangsuiji.inspection.draw.DrawFixtures.agencies;
import static org.shuangsuiji.inspection.draw.DrawFixtures.inputs;
import static org.shuangsuiji.inspection.draw.DrawFixtures.inspectors;
import static org.shuangsuiji.inspection.draw.DrawFixtures.pool;

/**
 * The draw records on both back ends (ADR 0001), read by a replica that keeps the parsed
 * inputs of the records it wrote or read, beside another that keeps nothing: the kept
 * inputs give the same record and the same draw as the store's, answer only for the
 * version they were kept at, and never let a stale replica's draw through.
 */
abstract class MongoDrawStoreContract extends MongoStoreContract {

	private static final Actor CITY = new Actor("u-city", "新乡市司法局");

	private static final Instant T0 = Instant.parse("2024-06-03T09:00:00.123456789Z");

	private final PlanId plan = new PlanId("plan-" + UUID.randomUUID());

	/** The replica whose inputs are watched. */
	private MongoDrawStore replica;

	/** Another replica, or this one after a restart. */
	private MongoDrawStore other;

	@BeforeEach
	void stores() {
		this.replica = new MongoDrawStore(mongo());
		this.other = new MongoDrawStore(mongo());
	}

	private DrawRecord committed(int agencies, String secret) {
		DrawInputs registry = inputs(new Sampling.Rate(50), TeamRules.minimal(),
				pool(agencies(agencies), inspectors(agencies * 2)));
		PoolSnapshot pool = registry.pool();
		DrawSecret drawSecret = new DrawSecret(secret);
		DrawInputs v2 = DrawInputs.v2(this.plan, 2024, PlanFixtures.XINXIANG, registry.rules(), pool, drawSecret.hash(),
				Pseudonyms.derive(("salt of " + secret).getBytes(StandardCharsets.UTF_8), pool));
		return DrawRecord.commit(v2, drawSecret, CITY, T0);
	}

	/** Another commitment of the same plan: another pool, secret and refs. */
	private DrawRecord elsewhere() {
		return committed(20, "00112233445566778899aabbccddeeff8f1e2d3c4b5a69788796a5b4c3d2e1f0");
	}

	private DrawRecord committed() {
		return committed(12, "8f1e2d3c4b5a69788796a5b4c3d2e1f00112233445566778899aabbccddeeff0");
	}

	private static Seed seed() {
		return new Seed("20240603", SeedSource.OPERATOR, "公证员摇号");
	}

	/** The stored inputs' JSON replaced without a new version: no writer does that. */
	private void spoilStoredInputs() {
		mongo().updateFirst(new Query(Criteria.where("_id").is(this.plan.value())),
				new Update().set("inputs", "{}").set("privateInputs", "{}"), "draws");
	}

	@Test
	void aCommittedRecordReadWithItsKeptInputsIsTheRecordAnotherReplicaReads() {
		this.replica.save(committed());

		DrawRecord kept = this.replica.find(this.plan).orElseThrow();
		DrawRecord read = this.other.find(this.plan).orElseThrow();

		assertThat(kept).usingRecursiveComparison().isEqualTo(read);
		assertThat(kept.draw(seed(), CITY, T0)).usingRecursiveComparison().isEqualTo(read.draw(seed(), CITY, T0));
	}

	@Test
	void aDrawIsWrittenBesideTheCommittedInputsAndReadsBackWhole() {
		DrawRecord committed = this.replica.save(committed());
		DrawRecord drawn = this.replica.save(this.replica.find(this.plan).orElseThrow().draw(seed(), CITY, T0));

		DrawRecord read = this.other.find(this.plan).orElseThrow();

		assertThat(read).usingRecursiveComparison().isEqualTo(this.replica.find(this.plan).orElseThrow());
		assertThat(read.inputs().canonicalJson()).isEqualTo(committed.inputs().canonicalJson());
		assertThat(read.commitment()).isEqualTo(committed.commitment());
		assertThat(read.version()).isEqualTo(drawn.version()).isEqualTo(committed.version() + 1);
		assertThat(read.seed()).isEqualTo(drawn.seed());
		assertThat(read.drawnBy()).isEqualTo(CITY);
		assertThat(read.result()).isEqualTo(drawn.result());
		assertThat(read.secret()).isEqualTo(drawn.secret());
		assertThat(read.verify().valid()).isTrue();
	}

	@Test
	void aRecordWhoseInputsAreKeptIsReadWithoutItsInputsJson() {
		DrawRecord saved = this.replica.save(committed());
		spoilStoredInputs();

		DrawRecord read = this.replica.find(this.plan).orElseThrow();

		assertThat(read.inputs().canonicalJson()).isEqualTo(saved.inputs().canonicalJson());
		assertThat(read.version()).isEqualTo(saved.version());
	}

	@Test
	void aDrawSavedByThisReplicaKeepsItsInputsForTheNewVersion() {
		this.replica.save(committed());
		DrawRecord drawn = this.replica.save(this.replica.find(this.plan).orElseThrow().draw(seed(), CITY, T0));
		spoilStoredInputs();

		DrawRecord read = this.replica.find(this.plan).orElseThrow();

		assertThat(read.drawn()).isTrue();
		assertThat(read.version()).isEqualTo(drawn.version());
		assertThat(read.result()).isEqualTo(drawn.result());
	}

	@Test
	void keptInputsAreNotUsedForARecordCommittedAnewAtTheSameVersion() {
		this.replica.save(committed());
		mongo().remove(new Query(Criteria.where("_id").is(this.plan.value())), "draws");
		DrawRecord anew = this.other.save(elsewhere());

		DrawRecord read = this.replica.find(this.plan).orElseThrow();

		assertThat(read.version()).isEqualTo(anew.version());
		assertThat(read.commitment()).isEqualTo(anew.commitment());
		assertThat(read.inputs().canonicalJson()).isEqualTo(anew.inputs().canonicalJson());
	}

	@Test
	void keptInputsAreNotUsedOnceAnotherReplicaMovedTheVersionOn() {
		this.replica.save(committed());
		mongo().remove(new Query(Criteria.where("_id").is(this.plan.value())), "draws");
		this.other.save(elsewhere());
		DrawRecord drawnElsewhere = this.other.save(this.other.find(this.plan).orElseThrow().draw(seed(), CITY, T0));

		DrawRecord read = this.replica.find(this.plan).orElseThrow();

		assertThat(read.version()).isEqualTo(drawnElsewhere.version());
		assertThat(read.inputs().canonicalJson()).isEqualTo(drawnElsewhere.inputs().canonicalJson());
		assertThat(read.result()).isEqualTo(drawnElsewhere.result());
	}

	@Test
	void aSecondReplicasDrawOfTheSameCommitmentStillLoses() {
		this.replica.save(committed());
		DrawRecord seenHere = this.replica.find(this.plan).orElseThrow();
		this.other.save(this.other.find(this.plan).orElseThrow().draw(seed(), CITY, T0));

		assertThat(this.replica.find(this.plan).orElseThrow().drawn()).as("a draw after it sees the record drawn")
			.isTrue();
		assertThatExceptionOfType(OptimisticLockingFailureException.class).as("a draw at the same moment loses")
			.isThrownBy(() -> this.replica.save(seenHere.draw(new Seed("other", SeedSource.OPERATOR, null), CITY, T0)));
	}

	@Test
	void aReplicaStartedAfreshReadsTheStoredInputs() {
		DrawRecord saved = this.replica.save(committed());

		DrawRecord read = new MongoDrawStore(mongo()).find(this.plan).orElseThrow();

		assertThat(read.inputs().canonicalJson()).isEqualTo(saved.inputs().canonicalJson());
		assertThat(read.inputs().privateJson()).isEqualTo(saved.inputs().privateJson());
	}

}
