package org.shuangsuiji.inspection.dossier.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A task's dossier sampling as stored. Dates are ISO strings, so the stored inputs read
 * as the hashed JSON does.
 */
@Document("dossiers")
record DossierDocument(@Id String taskId, List<RegisterDoc> registers, CommitmentDoc commitment, DrawDoc draw,
		List<ReviewDoc> reviews, @Version Long version) {

	record ActorDoc(String userId, String name) {
	}

	record RowDoc(String caseNumber, LocalDate date, String category, String type, boolean difficult, boolean unusual) {
	}

	record RegisterDoc(String kind, String fileName, List<RowDoc> rows, ActorDoc importedBy, Instant importedAt) {
	}

	record CaseDoc(String caseNumber, String category, String type, boolean difficult, boolean unusual,
			Map<String, LocalDate> dates) {
	}

	record InputsDoc(String taskId, String planId, String agencyId, LocalDate windowStart, LocalDate windowEnd,
			int sampleSize, List<String> coreCategories, List<CaseDoc> cases) {
	}

	record CommitmentDoc(InputsDoc inputs, String hash, ActorDoc committedBy, Instant committedAt) {
	}

	record DrawDoc(String seed, String seedNote, List<String> caseNumbers, boolean allTaken, int windowSize,
			ActorDoc drawnBy, Instant drawnAt) {
	}

	record CheckDoc(String item, boolean defect, String note) {
	}

	record ReviewDoc(String caseNumber, List<CheckDoc> checks, ActorDoc reviewedBy, Instant reviewedAt) {
	}

}
