package org.shuangsuiji.inspection.disclosure.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A published result as stored; written once. */
@Document("published_results")
record PublishedResultDocument(@Id String taskId, @Indexed String planId, String planTitle, String planRegion,
		String agencyId, String agencyName, String creditCode, @Indexed String agencyRegion, String organiser,
		String inspectionType, LocalDate inspectionDate, String result, String outcomeCode, String outcomeLabel,
		List<String> actions, String drawRecord, String sheetResultHash, String evidenceHeadHash, String publishedById,
		String publishedByName, Instant publishedAt) {

}
