package org.shuangsuiji.inspection.plan.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** A plan as stored. */
@Document("plans")
@CompoundIndex(name = "region_year", def = "{'region': 1, 'year': -1}")
@CompoundIndex(name = "status_year", def = "{'status': 1, 'year': -1}")
record PlanDocument(@Id String id, int year, String title, String region, LocalDate periodStart, LocalDate periodEnd,
		String scopeRegion, List<String> categories, String samplingMode, Integer samplingValue, int inspectorsPerTeam,
		boolean expertRequired, boolean excludeSameCounty, boolean excludeInspectedLastYear,
		Integer maxInspectionsPerPerson, List<Weight> weights, String templateId, int templateVersion,
		LocalDate selfInspectionDue, LocalDate dossierWindowStart, String legalBasis, String status, String createdById,
		String createdByName, Instant createdAt, Instant publishedAt, @Version Long version) {

	record Weight(String agencyId, int weight, String reason) {
	}

}
