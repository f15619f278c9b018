package org.shuangsuiji.inspection.task;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.inspection.draw.PersonKind;
import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

class TaskAccessTest {

	private static final Instant BEFORE_NOTICE = LocalDateTime.of(2024, 6, 10, 8, 0)
		.atZone(TaskSchedule.ZONE)
		.toInstant();

	private static final Instant AFTER_NOTICE = LocalDateTime.of(2024, 6, 10, 9, 0)
		.atZone(TaskSchedule.ZONE)
		.toInstant();

	private final InspectionTask task = new InspectionTask("p:a1", new PlanId("p"), 2024, RegionCode.of("410700"), "a1",
			"原阳县某司法鉴定所", RegionCode.of("410725"),
			List.of(new TaskMember(PersonKind.INSPECTOR, "i1", "甲", "豫执1"),
					new TaskMember(PersonKind.INSPECTOR, "i2", "乙", "豫执2")),
			new TaskSchedule(LocalDate.of(2024, 6, 11), LocalTime.of(9, 0), LocalDateTime.of(2024, 6, 10, 9, 0)),
			TaskStatus.SCHEDULED, null, null);

	private static Caller caller(Role role, String region, String agencyId) {
		return new Caller("u", null, Set.of(role), RegionCode.of(region), agencyId);
	}

	private boolean canRead(Caller caller, Optional<String> personId, Instant now) {
		return TaskAccess.canRead(caller, personId, this.task, now);
	}

	@Test
	void bureausReadTasksOfAgenciesInTheirRegion() {
		assertThat(canRead(caller(Role.PROVINCE, "410000", null), Optional.empty(), BEFORE_NOTICE)).isTrue();
		assertThat(canRead(caller(Role.CITY, "410700", null), Optional.empty(), BEFORE_NOTICE)).isTrue();
		assertThat(canRead(caller(Role.COUNTY, "410725", null), Optional.empty(), BEFORE_NOTICE)).isTrue();
		assertThat(canRead(caller(Role.COUNTY, "410726", null), Optional.empty(), BEFORE_NOTICE)).isFalse();
		assertThat(canRead(caller(Role.CITY, "410100", null), Optional.empty(), BEFORE_NOTICE)).isFalse();
	}

	@Test
	void inspectorsReadTheTasksTheyAreOnWhenTheTokenNamesThePerson() {
		Caller inspector = caller(Role.INSPECTOR, "410700", null);
		assertThat(canRead(inspector, Optional.of("i1"), BEFORE_NOTICE)).isTrue();
		assertThat(canRead(inspector, Optional.of("i9"), BEFORE_NOTICE)).isFalse();
	}

	@Test
	void inspectorsWithoutAPersonIdReadTasksInTheirRegion() {
		assertThat(canRead(caller(Role.EXPERT, "410700", null), Optional.empty(), BEFORE_NOTICE)).isTrue();
		assertThat(canRead(caller(Role.EXPERT, "410100", null), Optional.empty(), BEFORE_NOTICE)).isFalse();
	}

	@Test
	void anAgencySeesItsOwnTaskOnlyOnceNotified() {
		Caller own = caller(Role.AGENCY, "410725", "a1");
		assertThat(canRead(own, Optional.empty(), BEFORE_NOTICE)).isFalse();
		assertThat(canRead(own, Optional.empty(), AFTER_NOTICE)).isTrue();
		assertThat(canRead(caller(Role.AGENCY, "410725", "a2"), Optional.empty(), AFTER_NOTICE)).isFalse();
	}

}
