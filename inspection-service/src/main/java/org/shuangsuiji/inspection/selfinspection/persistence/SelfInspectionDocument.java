package org.shuangsuiji.inspection.selfinspection.persistence;

import java.time.Instant;
import java.util.List;

import org.shuangsuiji.inspection.selfinspection.SelfInspection;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** One report, keyed {@code <planId>:<agencyId>} so a second one cannot be inserted. */
@Document("self_inspections")
record SelfInspectionDocument(@Id String id, String planId, @Indexed String agencyId, String agencyName, String summary,
		List<SelfInspection.Item> items, List<String> evidenceIds, String submittedById, String submittedByName,
		Instant submittedAt, boolean late) {

}
