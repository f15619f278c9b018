package org.shuangsuiji.inspection.task.persistence;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.repository.support.MongoRepositoryFactory;

import org.shuangsuiji.inspection.draw.PersonKind;
import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.inspection.task.InspectionTask;
import org.shuangsuiji.inspection.task.TaskMember;
import org.shuangsuiji.inspection.task.TaskStatus;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.test.MongoStoreContract;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the draw's tasks need from MongoDB, on both back ends (ADR 0001): a draw's tasks
 * written at once, and a task already there stopping that write rather than being
 * overwritten.
 */
abstract class MongoTaskStoreContract extends MongoStoreContract {

	private MongoTaskStore store;

	private final PlanId plan = new PlanId("plan-" + UUID.randomUUID());

	@BeforeEach
	void store() {
		this.store = new MongoTaskStore(new MongoRepositoryFactory(mongo()).getRepository(TaskRepository.class),
				mongo());
	}

	private InspectionTask task(String agencyId) {
		return new InspectionTask(InspectionTask.idOf(this.plan, agencyId), this.plan, 2024, RegionCode.of("410700"),
				agencyId, "新乡某司法鉴定所", RegionCode.of("410702"),
				List.of(new TaskMember(PersonKind.INSPECTOR, "i0001", "张三", "豫执0001")), null, TaskStatus.PLANNED, null,
				null);
	}

	@Test
	void aDrawsTasksAreWrittenAtOnceAndReadBackAsWritten() {
		List<InspectionTask> tasks = List.of(task("a1"), task("a2"), task("a3"));

		assertThat(this.store.insertAll(tasks)).isTrue();

		assertThat(this.store.ofPlan(this.plan)).extracting(InspectionTask::id)
			.containsExactly(tasks.get(0).id(), tasks.get(1).id(), tasks.get(2).id());
		assertThat(this.store.find(tasks.get(1).id()).orElseThrow().team()).isEqualTo(tasks.get(1).team());
	}

	@Test
	void aTaskAlreadyThereStopsTheWriteAndIsNotOverwritten() {
		InspectionTask there = this.store.save(task("a2").withdrawn("机构已注销"));

		assertThat(this.store.insertAll(List.of(task("a1"), task("a2"), task("a3")))).isFalse();

		assertThat(this.store.find(there.id()).orElseThrow().status()).isEqualTo(TaskStatus.WITHDRAWN);
		assertThat(this.store.find(task("a1").id())).isPresent();
	}

	@Test
	void writtenTasksCanBeSavedAgainUnderTheirVersion() {
		this.store.insertAll(List.of(task("a1")));
		InspectionTask read = this.store.find(task("a1").id()).orElseThrow();

		this.store.save(read.withdrawn("机构已注销"));

		assertThat(this.store.find(read.id()).orElseThrow().status()).isEqualTo(TaskStatus.WITHDRAWN);
	}

}
