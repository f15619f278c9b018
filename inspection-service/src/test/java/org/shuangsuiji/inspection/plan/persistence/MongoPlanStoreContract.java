package org.shuangsuiji.inspection.plan.persistence;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.repository.support.MongoRepositoryFactory;

import org.shuangsuiji.inspection.plan.Plan;
import org.shuangsuiji.inspection.plan.PlanFixtures;
import org.shuangsuiji.inspection.plan.PlanService;
import org.shuangsuiji.inspection.plan.PlanStatus;
import org.shuangsuiji.platform.event.DomainEvents;
import org.shuangsuiji.platform.test.MongoStoreContract;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the draw needs of the plans, on both back ends (ADR 0001): the move to DRAWN as
 * one conditional write on the plan as read, which refuses a plan changed since, and the
 * service reading the plan again only then.
 */
abstract class MongoPlanStoreContract extends MongoStoreContract {

	private MongoPlanStore store;

	@BeforeEach
	void store() {
		this.store = new MongoPlanStore(new MongoRepositoryFactory(mongo()).getRepository(PlanRepository.class),
				mongo());
	}

	private Plan storedPublishedPlan() {
		return this.store.save(PlanFixtures.publishedXinxiangPlan());
	}

	@Test
	void aPublishedPlanMovesToDrawnInOneConditionalWrite() {
		Plan read = storedPublishedPlan();

		Plan drawn = this.store.advance(read, PlanStatus.DRAWN).orElseThrow();

		assertThat(drawn.status()).isEqualTo(PlanStatus.DRAWN);
		assertThat(drawn.version()).isEqualTo(read.version() + 1);
		assertThat(this.store.find(read.id())).contains(drawn);
	}

	@Test
	void theConditionalStatusWriteRefusesAStalePlan() {
		Plan stale = storedPublishedPlan();
		Plan current = this.store.save(stale);

		assertThat(this.store.advance(stale, PlanStatus.DRAWN)).isEmpty();

		assertThat(this.store.find(stale.id())).contains(current);
	}

	@Test
	void theConditionalStatusWriteRefusesAPlanThatMovedOnSinceItWasRead() {
		Plan read = storedPublishedPlan();
		Plan drawn = this.store.advance(read, PlanStatus.DRAWN).orElseThrow();

		assertThat(this.store.advance(read, PlanStatus.DRAWN)).isEmpty();

		assertThat(this.store.find(read.id())).contains(drawn);
	}

	@Test
	void aPlanSavedAgainSinceTheDrawReadItStillBecomesDrawnOnce() {
		PlanService plans = new PlanService(this.store, (template) -> template.templateId(), DomainEvents.NONE,
				Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
		Plan stale = storedPublishedPlan();
		Plan current = this.store.save(stale);

		Plan after = plans.drawn(stale);

		assertThat(after.status()).isEqualTo(PlanStatus.DRAWN);
		assertThat(after.version()).isEqualTo(current.version() + 1);
		assertThat(this.store.find(stale.id())).contains(after);
		assertThat(plans.drawn(stale)).as("drawn again: nothing to change").isEqualTo(after);
	}

	@Test
	void aPlanReadPastPublishedIsLeftAsItIs() {
		PlanService plans = new PlanService(this.store, (template) -> template.templateId(), DomainEvents.NONE,
				Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
		Plan drawn = this.store.advance(storedPublishedPlan(), PlanStatus.DRAWN).orElseThrow();
		Plan inProgress = this.store.save(drawn.advanceTo(PlanStatus.IN_PROGRESS));

		assertThat(plans.drawn(inProgress)).isEqualTo(inProgress);

		assertThat(this.store.find(drawn.id())).contains(inProgress);
	}

}
