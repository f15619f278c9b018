package org.shuangsuiji.evidence.record;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.evidence.inspection.TaskAccess;
import org.shuangsuiji.platform.problem.InvalidInputException;
import org.shuangsuiji.platform.problem.RuleViolationException;
import org.shuangsuiji.platform.region.RegionCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class UploadCommandTest {

	@Test
	void readsAWellFormedUpload() {
		UploadCommand command = UploadCommand.parse("insp-1", " ", "12", "DOSSIER_SCAN", "410725", "agency-1", "案卷.pdf",
				"key-1");

		assertThat(command.kind()).isEqualTo(EvidenceKind.DOSSIER_SCAN);
		assertThat(command.region().value()).isEqualTo("410725");
		assertThat(command.taskId()).isNull();
		assertThat(command.checklistItem()).isEqualTo("12");
	}

	@Test
	void namesEveryFieldAtFaultAtOnce() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> UploadCommand.parse("../etc", "t/1", "12 or 1=1", "SELFIE", "4107", "a b", "a\nb", ""))
			.satisfies((ex) -> assertThat(ex.errors()).extracting(InvalidInputException.FieldError::field)
				.containsExactlyInAnyOrder("inspectionId", "taskId", "agencyId", "checklistItem", "kind", "region",
						"fileName", "Idempotency-Key"));
	}

	@Test
	void acceptsATaskIdOfPlanAndAgencyAndLeavesRegionAndAgencyToTheTask() {
		UploadCommand command = UploadCommand.parse("demo-xinxiang-2024:demo-xx-01", null, null, "GATE_PHOTO", null,
				null, "gate.jpg", null);

		assertThat(command.inspectionId()).isEqualTo("demo-xinxiang-2024:demo-xx-01");
		assertThat(command.region()).isNull();
		assertThat(command.agencyId()).isNull();
	}

	@Test
	void refusesAnInspectionIdWithMoreThanOneColonOrAnEmptyPart() {
		for (String id : List.of("a:b:c", ":agency-1", "plan-1:", "plan 1:agency-1", "plan/1:agency-1")) {
			assertThatExceptionOfType(InvalidInputException.class).as(id)
				.isThrownBy(() -> UploadCommand.parse(id, null, null, "GATE_PHOTO", null, null, null, null));
		}
	}

	@Test
	void bindsToTheTasksAgencyAndRegionAndRefusesOthersWithTaskMismatch() {
		TaskAccess task = new TaskAccess("plan-1:agency-1", "agency-1", RegionCode.of("410725"), null, "CHECKING",
				TaskAccess.Relation.TEAM, TaskAccess.Rights.NONE);

		UploadCommand bound = UploadCommand.parse("plan-1:agency-1", null, null, "OTHER", null, null, null, null)
			.boundTo(task);
		assertThat(bound.agencyId()).isEqualTo("agency-1");
		assertThat(bound.region()).isEqualTo(RegionCode.of("410725"));
		assertThat(UploadCommand.parse("plan-1:agency-1", null, null, "OTHER", "410725", "agency-1", null, null)
			.boundTo(task)).isEqualTo(bound);

		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> UploadCommand.parse("plan-1:agency-1", null, null, "OTHER", null, "agency-2", null, null)
				.boundTo(task))
			.satisfies((ex) -> assertThat(ex.type()).isEqualTo("task-mismatch"));
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> UploadCommand.parse("plan-1:agency-1", null, null, "OTHER", "410726", null, null, null)
				.boundTo(task));
	}

}
