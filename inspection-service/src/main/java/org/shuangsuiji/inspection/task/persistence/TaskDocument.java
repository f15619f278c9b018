package org.shuangsuiji.inspection.task.persistence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A task as stored. Day, start and notification time are China Standard Time, stored as
 * ISO-8601 text so no driver time-zone conversion touches them.
 */
@Document("tasks")
@CompoundIndex(name = "year_agency", def = "{'year': 1, 'agencyId': 1}")
record TaskDocument(@Id String id, @Indexed String planId, int year, String planRegion, String agencyId,
		String agencyName, @Indexed String agencyRegion, List<Member> team, String day, String start, String notifyAt,
		String status, String withdrawnReason, @Version Long version) {

	record Member(String kind, @Indexed String personId, String name, String lawEnforcementCertNo) {
	}

	LocalDate dayValue() {
		return (this.day != null) ? LocalDate.parse(this.day) : null;
	}

	LocalTime startValue() {
		return (this.start != null) ? LocalTime.parse(this.start) : null;
	}

	LocalDateTime notifyAtValue() {
		return (this.notifyAt != null) ? LocalDateTime.parse(this.notifyAt) : null;
	}

}
