package org.shuangsuiji.inspection.task.persistence;

import java.time.Instant;
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
 * ISO-8601 text so no driver time-zone conversion touches them. Documents written before
 * the on-site steps existed have no steps, findings, fact sheet, answer or seal.
 */
@Document("tasks")
@CompoundIndex(name = "year_agency", def = "{'year': 1, 'agencyId': 1}")
record TaskDocument(@Id String id, @Indexed String planId, int year, String planRegion, String agencyId,
		String agencyName, @Indexed String agencyRegion, List<Member> team, String day, String start, String notifyAt,
		String status, String withdrawnReason, List<Step> steps, List<String> mainFindings, Sheet factSheet,
		Answer answer, SealValue seal, @Version Long version) {

	/** An on-site step. */
	record Step(String status, Instant at, String byUserId, String byName, String note) {
	}

	/** The fact sheet; certificate dates as ISO-8601 text. */
	record Sheet(String agencyName, String creditCode, List<String> categoriesInspected, List<Certificate> certificates,
			List<String> facts, Instant issuedAt, String issuedByUserId, String issuedByName, List<String> team,
			String contentHash) {
	}

	record Certificate(String kind, String number, String issuer, String validFrom, String validUntil) {
	}

	/**
	 * The agency's answer: {@code kind} SIGNED (with the scan and opinion) or REFUSED
	 * (with the reason and evidence).
	 */
	record Answer(String kind, String signedScanEvidenceId, String opinion, String reason, List<String> evidenceIds,
			Instant at, String byUserId, String byName) {
	}

	record SealValue(String evidenceHeadHash, String sheetId, String sheetResultHash, Instant sealedAt) {
	}

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
