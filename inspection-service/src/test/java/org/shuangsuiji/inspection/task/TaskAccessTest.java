package org.shuangsuiji.inspection.task;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.shuangsuiji.inspection.draw.PersonKind;
import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.platform.problem.OutOfScopeException;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

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
					new TaskMember(PersonKind.INSPECTOR, "i2", "乙", "豫执2"),
					new TaskMember(PersonKind.EXPERT, "e1", "丙", "")),
			new TaskSchedule(LocalDate.of(2024, 6, 11), LocalTime.of(9, 0), LocalDateTime.of(2024, 6, 10, 9, 0)),
			TaskStatus.SCHEDULED, null, null);

	private static Caller caller(Role role, String region, String agencyId) {
		return new Caller("u", null, Set.of(role), RegionCode.of(region), agencyId);
	}

	private static Caller person(Role role, String personId) {
		return new Caller("u", null, Set.of(role), RegionCode.of("410700"), null, personId);
	}

	private Optional<TaskRelation> relation(Caller caller, Instant now) {
		return TaskAccess.relationOf(caller, this.task, now);
	}

	@Test
	void theOrganiserIsTheCityOrProvinceCoveringThePlanRegion() {
		assertThat(relation(caller(Role.CITY, "410700", null), BEFORE_NOTICE)).contains(TaskRelation.ORGANISER);
		assertThat(relation(caller(Role.PROVINCE, "410000", null), BEFORE_NOTICE)).contains(TaskRelation.ORGANISER);
		assertThat(relation(caller(Role.CITY, "410100", null), BEFORE_NOTICE)).isEmpty();
	}

	@Test
	void theAgencysCountyIsABureauThatSeesNeitherDateNorTeamBeforeTheNotice() {
		Caller county = caller(Role.COUNTY, "410725", null);
		assertThat(relation(county, BEFORE_NOTICE)).contains(TaskRelation.BUREAU);
		assertThat(TaskAccess.seesScheduleAndTeam(TaskRelation.BUREAU, this.task, BEFORE_NOTICE)).isFalse();
		assertThat(TaskAccess.seesScheduleAndTeam(TaskRelation.BUREAU, this.task, AFTER_NOTICE)).isTrue();
		assertThat(TaskAccess.seesScheduleAndTeam(TaskRelation.ORGANISER, this.task, BEFORE_NOTICE)).isTrue();
		assertThat(TaskAccess.seesScheduleAndTeam(TaskRelation.TEAM, this.task, BEFORE_NOTICE)).isTrue();
		assertThat(relation(caller(Role.COUNTY, "410726", null), BEFORE_NOTICE)).isEmpty();
	}

	@Test
	void aPersonIsOnTheTeamOnlyWithTheKindTheTeamListsThemAs() {
		assertThat(relation(person(Role.INSPECTOR, "i1"), BEFORE_NOTICE)).contains(TaskRelation.TEAM);
		assertThat(relation(person(Role.EXPERT, "e1"), BEFORE_NOTICE)).contains(TaskRelation.TEAM);
		assertThat(relation(person(Role.EXPERT, "i1"), BEFORE_NOTICE)).isEmpty();
		assertThat(relation(person(Role.INSPECTOR, "e1"), BEFORE_NOTICE)).isEmpty();
		assertThat(relation(person(Role.INSPECTOR, "i9"), BEFORE_NOTICE)).isEmpty();
	}

	@Test
	void inspectorsAndExpertsWithoutAPersonIdSeeNoTask() {
		assertThat(relation(caller(Role.INSPECTOR, "410700", null), AFTER_NOTICE)).isEmpty();
		assertThat(relation(caller(Role.EXPERT, "410725", null), AFTER_NOTICE)).isEmpty();
	}

	@Test
	void anAgencySeesItsOwnTaskOnlyOnceNotified() {
		Caller own = caller(Role.AGENCY, "410725", "a1");
		assertThat(relation(own, BEFORE_NOTICE)).isEmpty();
		assertThat(relation(own, AFTER_NOTICE)).contains(TaskRelation.AGENCY);
		assertThat(relation(caller(Role.AGENCY, "410725", "a2"), AFTER_NOTICE)).isEmpty();
	}

	@Test
	void onlyTeamMembersTakeTeamSteps() {
		TaskAccess.requireTeam(person(Role.INSPECTOR, "i2"), this.task);
		assertThatExceptionOfType(OutOfScopeException.class)
			.isThrownBy(() -> TaskAccess.requireTeam(caller(Role.CITY, "410700", null), this.task));
		assertThatExceptionOfType(OutOfScopeException.class)
			.isThrownBy(() -> TaskAccess.requireTeam(caller(Role.COUNTY, "410725", null), this.task));
		TaskAccess.requireTeamOrOrganiser(caller(Role.CITY, "410700", null), this.task, AFTER_NOTICE);
		assertThatExceptionOfType(OutOfScopeException.class).isThrownBy(
				() -> TaskAccess.requireTeamOrOrganiser(caller(Role.COUNTY, "410725", null), this.task, AFTER_NOTICE));
	}

	@ParameterizedTest(name = "{0} in {1}")
	@CsvSource({ "TEAM, SCHEDULED, false, false, false, false", "TEAM, CHECKING, true, true, false, false",
			"TEAM, FACT_SHEET_ISSUED, false, true, false, false", "TEAM, FACT_SHEET_REFUSED, false, true, false, true",
			"TEAM, CLOSED, false, false, false, true", "ORGANISER, FACT_SHEET_SIGNED, false, false, false, true",
			"BUREAU, FACT_SHEET_SIGNED, false, false, false, false", "AGENCY, CLOSED, false, false, true, false" })
	void rightsFollowTheRelationAndTheState(TaskRelation relation, TaskStatus status, boolean answer,
			boolean uploadTeamEvidence, boolean uploadAgencyEvidence, boolean closeEvidence) {
		assertThat(TaskRights.of(relation, status))
			.isEqualTo(new TaskRights(answer, uploadTeamEvidence, uploadAgencyEvidence, closeEvidence));
	}

}
