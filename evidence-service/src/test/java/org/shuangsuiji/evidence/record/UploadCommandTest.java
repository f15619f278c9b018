package org.shuangsuiji.evidence.record;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.platform.problem.InvalidInputException;

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
			.isThrownBy(() -> UploadCommand.parse("../etc", "t/1", "12 or 1=1", "SELFIE", "4107", "", "a\nb", ""))
			.satisfies((ex) -> assertThat(ex.errors()).extracting(InvalidInputException.FieldError::field)
				.containsExactlyInAnyOrder("inspectionId", "taskId", "agencyId", "checklistItem", "kind", "region",
						"fileName", "Idempotency-Key"));
	}

}
