package org.shuangsuiji.scoring.sheet.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.scoring.sheet.Sheet;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * One sheet as stored.
 *
 * @param slot unique per inspection: its official sheet, or one independent sheet per
 * inspector
 * @param city the agency's city (for dashboards per city)
 * @param province the agency's province
 * @param answers the current answer per item id
 * @param version +1 for every change, checked on submit
 * @param result the submitted result, in the JSON form of the API with decimals as
 * strings
 * @param resultHash SHA-256 (hex) of the result's canonical JSON
 * @param total the submitted total as an exact decimal string
 * @param totalValue the same total as a number, for averages and buckets only
 * @param outcomeCode the grade or conclusion code
 * @param findings the items with findings and what was found on them
 * @param actions the codes of the recommended actions
 * @param history the append-only history
 */
@org.springframework.data.mongodb.core.mapping.Document(SheetDocument.COLLECTION)
record SheetDocument(@Id String id, String slot, String templateId, int templateVersion, String kind,
		String inspectionId, String agencyId, String agencyName, String region, String city, String province, int year,
		String mode, String ownerId, String ownerName, String status, Map<String, HeaderValueDocument> header,
		long headerVersion, Map<String, AnsweredDocument> answers, @Version Long version, Instant createdAt,
		String createdBy, Instant submittedAt, String submittedBy, Document result, String resultHash, String total,
		Double totalValue, String outcomeCode, String outcomeLabel, List<FindingDocument> findings,
		List<String> actions, List<HistoryDocument> history) {

	static final String COLLECTION = "sheets";

	/**
	 * A sheet as first stored: a draft with no answers and nothing submitted, its
	 * creation the first history entry. Spring Data sets the first {@code version}.
	 */
	static SheetDocument draft(Sheet sheet, String slot, Map<String, HeaderValueDocument> header,
			HistoryDocument created) {
		RegionCode region = sheet.region();
		return new SheetDocument(sheet.id(), slot, sheet.templateId(), sheet.templateVersion(), sheet.kind().name(),
				sheet.inspectionId(), sheet.agencyId(), sheet.agencyName(), region.value(),
				region.city().map(RegionCode::value).orElse(null), region.province().value(), sheet.year(),
				sheet.mode().name(), sheet.ownerId(), sheet.ownerName(), sheet.status().name(), header,
				sheet.headerVersion(), Map.of(), null, sheet.createdAt(), sheet.createdBy(), null, null, null, null,
				null, null, null, null, List.of(), List.of(), List.of(created));
	}

	/** This document with its answers, version and history as they stand. */
	SheetDocument stored(Map<String, AnsweredDocument> answered, long storedVersion, List<HistoryDocument> entries) {
		return new SheetDocument(this.id, this.slot, this.templateId, this.templateVersion, this.kind,
				this.inspectionId, this.agencyId, this.agencyName, this.region, this.city, this.province, this.year,
				this.mode, this.ownerId, this.ownerName, this.status, this.header, this.headerVersion, answered,
				storedVersion, this.createdAt, this.createdBy, this.submittedAt, this.submittedBy, this.result,
				this.resultHash, this.total, this.totalValue, this.outcomeCode, this.outcomeLabel, this.findings,
				this.actions, entries);
	}

	/** This document with what a submission sets. */
	SheetDocument submitted(Instant at, String by, Document evaluation, String hash, String points, Double pointsValue,
			String outcome, String outcomeName, List<FindingDocument> found, List<String> actionCodes) {
		return new SheetDocument(this.id, this.slot, this.templateId, this.templateVersion, this.kind,
				this.inspectionId, this.agencyId, this.agencyName, this.region, this.city, this.province, this.year,
				this.mode, this.ownerId, this.ownerName, this.status, this.header, this.headerVersion, this.answers,
				this.version, this.createdAt, this.createdBy, at, by, evaluation, hash, points, pointsValue, outcome,
				outcomeName, found, actionCodes, this.history);
	}

	/**
	 * An answer as given; {@code evidenceIds} absent when it names no evidence (as in
	 * every answer stored before answers carried evidence).
	 */
	record AnswerDocument(String finding, List<Integer> subPoints, List<RuleAnswerDocument> rules, String score,
			String note, Boolean checked, List<String> evidenceIds) {

	}

	/** One rule's answer; points as an exact decimal string. */
	record RuleAnswerDocument(String ruleId, Integer occurrences, String points, List<String> contents, String reason) {

	}

	/** The current answer of an item with its version and author. */
	record AnsweredDocument(AnswerDocument answer, long version, String answeredBy, String answeredByName,
			Instant answeredAt) {

	}

	/** A header or footer value. */
	record HeaderValueDocument(String text, List<Map<String, String>> rows) {

	}

	/** An item with findings and the rule ids or sub-point numbers found on it. */
	record FindingDocument(String itemId, List<String> refs) {

	}

	/** One history entry. */
	record HistoryDocument(Instant at, String userId, String displayName, String action, String itemId,
			Long itemVersion, AnswerDocument answer, Map<String, HeaderValueDocument> header, String detail) {

	}

}
