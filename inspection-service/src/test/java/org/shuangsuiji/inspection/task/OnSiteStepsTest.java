package org.shuangsuiji.inspection.task;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.shuangsuiji.inspection.draw.PersonKind;
import org.shuangsuiji.inspection.plan.Actor;
import org.shuangsuiji.inspection.plan.Period;
import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.platform.problem.ConflictException;
import org.shuangsuiji.platform.problem.RuleViolationException;
import org.shuangsuiji.platform.region.RegionCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class OnSiteStepsTest {

	private static final Instant NOTICE = at(2024, 6, 10, 9, 0);

	private static final Instant VISIT = at(2024, 6, 11, 9, 5);

	private static final Actor INSPECTOR = new Actor("insp-1", "检查员甲");

	private static final Set<TaskStatus> STEPS = EnumSet.of(TaskStatus.CHECKED_IN, TaskStatus.CHECKING,
			TaskStatus.FINDINGS_DISCUSSED, TaskStatus.FACT_SHEET_ISSUED, TaskStatus.FACT_SHEET_SIGNED,
			TaskStatus.FACT_SHEET_REFUSED, TaskStatus.CLOSED);

	private static Instant at(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(TaskSchedule.ZONE).toInstant();
	}

	private static InspectionTask taskIn(TaskStatus status) {
		return new InspectionTask("p:a1", new PlanId("p"), 2024, RegionCode.of("410700"), "a1", "原阳县某司法鉴定所",
				RegionCode.of("410725"),
				List.of(new TaskMember(PersonKind.INSPECTOR, "i1", "检查员甲", "豫执1"),
						new TaskMember(PersonKind.INSPECTOR, "i2", "检查员乙", "豫执2")),
				new TaskSchedule(LocalDate.of(2024, 6, 11), LocalTime.of(9, 0), LocalDateTime.of(2024, 6, 10, 9, 0)),
				status, (status == TaskStatus.WITHDRAWN) ? "机构注销" : null, null);
	}

	private static FactSheet sheet() {
		return FactSheet.issue(
				new RegisteredAgency("原阳县某司法鉴定所", "52410725MJ0000001X",
						List.of(new AgencyCertificate("CMA", "201600001", "河南省市场监督管理局", null,
								LocalDate.of(2026, 5, 31)))),
				List.of(BusinessCategory.FORENSIC_CLINICAL), List.of("鉴定文书未按规定归档"), taskIn(TaskStatus.PLANNED).team(),
				INSPECTOR, VISIT);
	}

	/** Takes the step to {@code target} on the task, as the domain offers it. */
	private static Function<InspectionTask, InspectionTask> step(TaskStatus target) {
		return switch (target) {
			case CHECKED_IN -> (t) -> t.checkIn(INSPECTOR, VISIT, null, VISIT);
			case CHECKING -> (t) -> t.startChecking(INSPECTOR, VISIT);
			case FINDINGS_DISCUSSED -> (t) -> t.findingsDiscussed(List.of("未按规定归档"), INSPECTOR, VISIT);
			case FACT_SHEET_ISSUED -> (t) -> t.factSheetIssued(sheet(), INSPECTOR);
			case FACT_SHEET_SIGNED ->
				(t) -> t.factSheetSigned(new FactSheetAnswer.Signed("ev-9", null, VISIT, "agency-a1", "某所"));
			case FACT_SHEET_REFUSED -> (t) -> t
				.factSheetRefused(new FactSheetAnswer.Refused("拒绝签字", List.of("ev-7"), VISIT, "insp-1", "检查员甲"));
			case CLOSED -> (t) -> t.closed(new Seal("a".repeat(64), "sheet-1", "b".repeat(64), VISIT), INSPECTOR, null);
			default -> throw new IllegalArgumentException(target + " is no on-site step");
		};
	}

	@ParameterizedTest
	@EnumSource(TaskStatus.class)
	void everyStepFollowsOnlyTheStateBeforeItAndEveryOtherPairIsRefused(TaskStatus current) {
		for (TaskStatus target : STEPS) {
			InspectionTask task = taskIn(current);
			if (current == TaskStatus.WITHDRAWN) {
				assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> step(target).apply(task))
					.satisfies((ex) -> assertThat(ex.type()).isEqualTo("task-withdrawn"));
			}
			else if (target.reachedFrom().contains(current)) {
				InspectionTask stepped = step(target).apply(task);
				assertThat(stepped.status()).isEqualTo(target);
				assertThat(stepped.onSite().steps()).last().satisfies((s) -> assertThat(s.status()).isEqualTo(target));
			}
			else {
				assertThatExceptionOfType(ConflictException.class).as("%s -> %s", current, target)
					.isThrownBy(() -> step(target).apply(task))
					.satisfies((ex) -> {
						assertThat(ex.status()).isEqualTo(409);
						assertThat(ex.type()).isEqualTo("task-step-out-of-order");
						assertThat(ex.properties()).containsEntry("current", current.name())
							.containsEntry("wanted", target.name());
					});
			}
		}
	}

	@Test
	void theWholeVisitRecordsWhoDidWhatAndWhen() {
		InspectionTask task = taskIn(TaskStatus.SCHEDULED);
		for (TaskStatus target : List.of(TaskStatus.CHECKED_IN, TaskStatus.CHECKING, TaskStatus.FINDINGS_DISCUSSED,
				TaskStatus.FACT_SHEET_ISSUED, TaskStatus.FACT_SHEET_REFUSED, TaskStatus.CLOSED)) {
			task = step(target).apply(task);
		}
		assertThat(task.onSite().steps()).extracting(TaskStep::status)
			.containsExactly(TaskStatus.CHECKED_IN, TaskStatus.CHECKING, TaskStatus.FINDINGS_DISCUSSED,
					TaskStatus.FACT_SHEET_ISSUED, TaskStatus.FACT_SHEET_REFUSED, TaskStatus.CLOSED);
		assertThat(task.onSite().steps()).allSatisfy((s) -> {
			assertThat(s.byUserId()).isEqualTo("insp-1");
			assertThat(s.at()).isEqualTo(VISIT);
		});
		assertThat(task.checkedInAt()).contains(VISIT);
		assertThat(task.onSite().mainFindings()).containsExactly("未按规定归档");
		assertThat(task.onSite().answer()).isInstanceOf(FactSheetAnswer.Refused.class);
		assertThat(task.onSite().seal().sheetId()).isEqualTo("sheet-1");
	}

	@Test
	void theTeamChecksInFromTheNoticeTimeOnAndNeverInTheFuture() {
		InspectionTask task = taskIn(TaskStatus.SCHEDULED);
		Instant early = NOTICE.minusSeconds(60);
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> task.checkIn(INSPECTOR, early, null, early))
			.satisfies((ex) -> assertThat(ex.type()).isEqualTo("check-in-before-notice"));
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> task.checkIn(INSPECTOR, VISIT.plusSeconds(60), null, VISIT))
			.satisfies((ex) -> assertThat(ex.type()).isEqualTo("check-in-in-future"));
		assertThat(task.checkIn(INSPECTOR, NOTICE, "到达", VISIT).checkedInAt()).contains(NOTICE);
	}

	@Test
	void aVisitCannotBeMovedOnceTheTeamCheckedIn() {
		InspectionTask checkedIn = taskIn(TaskStatus.SCHEDULED).checkIn(INSPECTOR, VISIT, null, VISIT);
		TaskSchedule later = TaskSchedule.of(LocalDate.of(2024, 6, 12), LocalTime.of(9, 0),
				LocalDateTime.of(2024, 6, 11, 9, 0), new Period(LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 30)));
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> checkedIn.scheduled(later))
			.satisfies((ex) -> assertThat(ex.type()).isEqualTo("task-step-out-of-order"));
		assertThat(taskIn(TaskStatus.SCHEDULED).scheduled(later).schedule()).isEqualTo(later);
	}

	@Test
	void theFactSheetHashCoversItsContentAndCanBeRecomputed() {
		FactSheet sheet = sheet();
		assertThat(sheet.contentHash()).hasSize(64).isEqualTo(sheet.computeHash());
		FactSheet changed = new FactSheet(sheet.agencyName(), sheet.creditCode(), sheet.categoriesInspected(),
				sheet.certificates(), List.of("另一事实"), sheet.issuedAt(), sheet.issuedByUserId(), sheet.issuedByName(),
				sheet.team(), sheet.contentHash());
		assertThat(changed.computeHash()).isNotEqualTo(sheet.contentHash());
		assertThat(sheet.team()).containsExactly("检查员甲", "检查员乙");
	}

}
