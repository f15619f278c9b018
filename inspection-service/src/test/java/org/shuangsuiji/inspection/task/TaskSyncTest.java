package org.shuangsuiji.inspection.task;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.inspection.draw.DrawRecord;
import org.shuangsuiji.inspection.draw.DrawnAgency;
import org.shuangsuiji.inspection.draw.Seed;
import org.shuangsuiji.inspection.draw.SeedSource;
import org.shuangsuiji.inspection.draw.TeamMember;
import org.shuangsuiji.inspection.plan.Actor;
import org.shuangsuiji.inspection.plan.Plan;
import org.shuangsuiji.inspection.plan.PlanFixtures;
import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.inspection.plan.PlanStatus;
import org.shuangsuiji.inspection.plan.Sampling;
import org.shuangsuiji.inspection.plan.TeamRules;
import org.shuangsuiji.platform.region.RegionCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuangsuiji.inspection.draw.DrawFixtures.agencies;
import static org.shuangsuiji.inspection.draw.DrawFixtures.inputs;
import static org.shuangsuiji.inspection.draw.DrawFixtures.inspectors;
import static org.shuangsuiji.inspection.draw.DrawFixtures.pool;

class TaskSyncTest {

	private static final Actor CITY = new Actor("u-city", "新乡市司法局");

	private static final Instant T0 = Instant.parse("2024-06-01T02:00:00Z");

	private final CountingTasks store = new CountingTasks();

	private final TaskSync sync = new TaskSync(this.store);

	private final Plan published = Plan.draft(PlanFixtures.xinxiang2024(), CITY, T0).publish(T0);

	private final DrawRecord drawn = DrawRecord
		.commit(inputs(new Sampling.Rate(20), TeamRules.minimal(), pool(agencies(30), inspectors(20))), CITY, T0)
		.draw(new Seed("20240603", SeedSource.OPERATOR, "公证处"), CITY, T0);

	@Test
	void theFirstSyncOfADrawWritesItsTasksInOneWriteWithoutLookingFirst() {
		int changed = this.sync.sync(this.published, this.drawn);

		assertThat(changed).isEqualTo(6);
		assertThat(this.store.tasks).hasSize(6);
		assertThat(this.store.finds).isZero();
		assertThat(this.store.writes).isEqualTo(1);
	}

	@Test
	void aSyncCutShortIsFinishedWithoutDuplicatingOrRewritingTheTasksAlreadyThere() {
		DrawnAgency third = this.drawn.result().agencies().get(2);
		String thirdId = InspectionTask.idOf(this.published.id(), third.agencyId());
		this.sync.sync(this.published, this.drawn);
		InspectionTask alreadyThere = this.store.tasks.get(thirdId).withdrawn("机构已注销");
		this.store.tasks.clear();
		this.store.tasks.put(thirdId, alreadyThere);

		this.sync.sync(this.published, this.drawn);

		assertThat(this.store.tasks).hasSize(6);
		assertThat(this.store.tasks.get(thirdId)).isSameAs(alreadyThere);
	}

	@Test
	void aSyncAfterTheDrawLooksUpEachTaskAndChangesOnlyATeamThatChanged() {
		this.sync.sync(this.published, this.drawn);
		DrawnAgency first = this.drawn.result().agencies().get(0);
		TeamMember leaving = first.team().get(0);
		DrawRecord replaced = this.drawn.replacePerson(first.agencyId(), leaving, "因病无法参加",
				new Seed("r1", SeedSource.OPERATOR, "换人"), CITY, T0);
		Plan drawnPlan = this.published.advanceTo(PlanStatus.DRAWN);
		this.store.inserts = 0;

		int changed = this.sync.sync(drawnPlan, replaced);

		assertThat(changed).isEqualTo(1);
		assertThat(this.store.inserts).isZero();
		assertThat(this.store.tasks.get(InspectionTask.idOf(this.published.id(), first.agencyId())).team())
			.extracting(TaskMember::personId)
			.doesNotContain(leaving.personId());
	}

	/** The task port in memory, counting its round trips. */
	private static final class CountingTasks implements TaskStore {

		private final Map<String, InspectionTask> tasks = new LinkedHashMap<>();

		private int finds;

		private int inserts;

		private int writes;

		@Override
		public Optional<InspectionTask> find(String id) {
			this.finds++;
			return Optional.ofNullable(this.tasks.get(id));
		}

		@Override
		public List<InspectionTask> ofPlan(PlanId planId) {
			return this.tasks.values().stream().filter((t) -> t.planId().equals(planId)).toList();
		}

		@Override
		public List<InspectionTask> inRegion(RegionCode region, Integer year, int limit) {
			return List.of();
		}

		@Override
		public List<InspectionTask> withMember(String personId, Integer year, int limit) {
			return List.of();
		}

		@Override
		public List<InspectionTask> ofAgency(String agencyId) {
			return List.of();
		}

		@Override
		public List<InspectionTask> ofYear(int year, Collection<String> agencyIds) {
			return new ArrayList<>();
		}

		@Override
		public InspectionTask save(InspectionTask task) {
			this.tasks.put(task.id(), task);
			return task;
		}

		@Override
		public boolean insert(InspectionTask task) {
			this.inserts++;
			this.writes++;
			return this.tasks.putIfAbsent(task.id(), task) == null;
		}

		/**
		 * In order, stopping at the first task already there, as an ordered insert does.
		 */
		@Override
		public boolean insertAll(List<InspectionTask> batch) {
			this.writes++;
			for (InspectionTask task : batch) {
				if (this.tasks.putIfAbsent(task.id(), task) != null) {
					return false;
				}
			}
			return true;
		}

	}

}
