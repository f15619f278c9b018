package org.shuangsuiji.scoring.sheet;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.scoring.engine.Answers;
import org.shuangsuiji.scoring.engine.Evaluation;
import org.shuangsuiji.scoring.engine.ItemAnswer;
import org.shuangsuiji.scoring.template.Template;
import org.shuangsuiji.scoring.template.TemplateKind;

/**
 * The score sheet of one inspection of one agency. A new one is {@link #official} or
 * {@link #independent}; the stores read it back whole.
 *
 * @param id the sheet id
 * @param templateId the template it is scored with
 * @param templateVersion the template version, which cannot change once a sheet uses it
 * @param kind the template's kind
 * @param inspectionId the inspection (inspection-service) it belongs to
 * @param agencyId the inspected agency
 * @param agencyName the agency's name at the time
 * @param region the agency's region: scope follows it
 * @param year the inspection year
 * @param mode the team's official sheet or one inspector's independent one
 * @param ownerId for an independent sheet, the inspector it belongs to
 * @param ownerName their name
 * @param status draft or submitted (locked)
 * @param header header and footer values
 * @param headerVersion 0 until the header is first set, then +1 per change
 * @param answers the current answer of each answered item
 * @param version +1 for every change of the sheet
 * @param createdAt when it was created
 * @param createdBy by whom
 * @param submittedAt when it was submitted, or {@code null}
 * @param submittedBy by whom, or {@code null}
 * @param result the result as submitted, or {@code null} for a draft
 * @param resultHash SHA-256 (hex) of the canonical JSON of {@code result}, set at
 * submission so inspection-service can seal it; {@code null} for a draft
 */
public record Sheet(String id, String templateId, int templateVersion, TemplateKind kind, String inspectionId,
		String agencyId, String agencyName, RegionCode region, int year, SheetMode mode, String ownerId,
		String ownerName, SheetStatus status, Map<String, HeaderValue> header, long headerVersion,
		Map<String, AnsweredItem> answers, long version, Instant createdAt, String createdBy, Instant submittedAt,
		String submittedBy, Evaluation result, String resultHash) {

	public Sheet {
		header = (header != null) ? Map.copyOf(header) : Map.of();
		answers = (answers != null) ? Map.copyOf(answers) : Map.of();
	}

	/** A new draft of the inspection team's official sheet. */
	public static Sheet official(String id, Template template, NewSheet request, int year, Instant createdAt,
			String createdBy) {
		return draft(id, template, request, year, SheetMode.OFFICIAL, null, null, createdAt, createdBy);
	}

	/** A new draft of one inspector's independent sheet, owned by its creator. */
	public static Sheet independent(String id, Template template, NewSheet request, int year, Instant createdAt,
			String ownerId, String ownerName) {
		return draft(id, template, request, year, SheetMode.INDEPENDENT, ownerId, ownerName, createdAt, ownerId);
	}

	/** A draft without header, answers or result, at version 0. */
	private static Sheet draft(String id, Template template, NewSheet request, int year, SheetMode mode, String ownerId,
			String ownerName, Instant createdAt, String createdBy) {
		return new Sheet(id, template.templateId(), template.version(), template.kind(), request.inspectionId(),
				request.agencyId(), request.agencyName(), request.region(), year, mode, ownerId, ownerName,
				SheetStatus.DRAFT, Map.of(), 0, Map.of(), 0, createdAt, createdBy, null, null, null, null);
	}

	/**
	 * This draft with {@code answers} given, each change counted in the version as the
	 * API counts one write per answer.
	 */
	public Sheet withAnswers(Map<String, AnsweredItem> answers) {
		return new Sheet(this.id, this.templateId, this.templateVersion, this.kind, this.inspectionId, this.agencyId,
				this.agencyName, this.region, this.year, this.mode, this.ownerId, this.ownerName, this.status,
				this.header, this.headerVersion, answers, this.version + answers.size(), this.createdAt, this.createdBy,
				null, null, null, null);
	}

	/** This draft locked with its result, one more version, as a submission leaves it. */
	public Sheet submittedWith(Evaluation result, String resultHash, Instant at, String by) {
		return new Sheet(this.id, this.templateId, this.templateVersion, this.kind, this.inspectionId, this.agencyId,
				this.agencyName, this.region, this.year, this.mode, this.ownerId, this.ownerName, SheetStatus.SUBMITTED,
				this.header, this.headerVersion, this.answers, this.version + 1, this.createdAt, this.createdBy, at, by,
				result, resultHash);
	}

	/** The answers as the engine takes them. */
	public Answers engineAnswers() {
		Map<String, ItemAnswer> items = new LinkedHashMap<>();
		this.answers.forEach((itemId, answered) -> items.put(itemId, answered.answer()));
		return new Answers(items);
	}

	public boolean submitted() {
		return this.status == SheetStatus.SUBMITTED;
	}

	public long itemVersion(String itemId) {
		AnsweredItem answered = this.answers.get(itemId);
		return (answered != null) ? answered.version() : 0;
	}

}
