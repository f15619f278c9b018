package org.shuangsuiji.scoring.sheet.persistence;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import tools.jackson.databind.json.JsonMapper;

import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.scoring.engine.Evaluation;
import org.shuangsuiji.scoring.engine.Finding;
import org.shuangsuiji.scoring.engine.ItemAnswer;
import org.shuangsuiji.scoring.engine.PointsEvaluation;
import org.shuangsuiji.scoring.engine.RecommendedAction;
import org.shuangsuiji.scoring.engine.RuleAnswer;
import org.shuangsuiji.scoring.sheet.AnsweredItem;
import org.shuangsuiji.scoring.sheet.HeaderValue;
import org.shuangsuiji.scoring.sheet.Sheet;
import org.shuangsuiji.scoring.sheet.SheetEvent;
import org.shuangsuiji.scoring.sheet.SheetMode;
import org.shuangsuiji.scoring.sheet.SheetStatus;
import org.shuangsuiji.scoring.sheet.persistence.SheetDocument.AnswerDocument;
import org.shuangsuiji.scoring.sheet.persistence.SheetDocument.AnsweredDocument;
import org.shuangsuiji.scoring.sheet.persistence.SheetDocument.FindingDocument;
import org.shuangsuiji.scoring.sheet.persistence.SheetDocument.HeaderValueDocument;
import org.shuangsuiji.scoring.sheet.persistence.SheetDocument.HistoryDocument;
import org.shuangsuiji.scoring.sheet.persistence.SheetDocument.RuleAnswerDocument;
import org.shuangsuiji.scoring.template.TemplateKind;

/** Between sheets and their documents. Decimals are stored as exact strings. */
final class SheetMapping {

	private final JsonMapper storage;

	SheetMapping(JsonMapper storage) {
		this.storage = storage;
	}

	static SheetDocument toDocument(Sheet sheet, SheetEvent created) {
		return SheetDocument.draft(sheet, slot(sheet), header(sheet.header()), history(created));
	}

	/**
	 * A sheet as it stands, with the fields a submission sets (the same as
	 * {@code MongoSheetStore.submit} writes) when it is submitted.
	 */
	SheetDocument toDocument(Sheet sheet, List<SheetEvent> history) {
		Map<String, AnsweredDocument> answers = new LinkedHashMap<>();
		sheet.answers().forEach((itemId, answered) -> answers.put(itemId, answered(answered)));
		List<HistoryDocument> entries = history.stream().map(SheetMapping::history).toList();
		SheetDocument stored = SheetDocument.draft(sheet, slot(sheet), header(sheet.header()), entries.get(0))
			.stored(answers, sheet.version(), entries);
		Evaluation result = sheet.result();
		if (result == null) {
			return stored;
		}
		BigDecimal total = (result instanceof PointsEvaluation points) ? points.total() : null;
		return stored.submitted(sheet.submittedAt(), sheet.submittedBy(), result(result), sheet.resultHash(),
				string(total), (total != null) ? total.doubleValue() : null, result.outcome().code(),
				result.outcome().label(), findings(result),
				result.actions().stream().map(RecommendedAction::code).toList());
	}

	/**
	 * One official sheet per inspection, one independent sheet per inspector and
	 * inspection.
	 */
	static String slot(Sheet sheet) {
		return (sheet.mode() == SheetMode.OFFICIAL) ? sheet.inspectionId() + "/official"
				: sheet.inspectionId() + "/independent/" + sheet.ownerId();
	}

	Sheet toDomain(SheetDocument document) {
		Map<String, AnsweredItem> answers = new LinkedHashMap<>();
		if (document.answers() != null) {
			document.answers().forEach((itemId, answered) -> answers.put(itemId, answered(answered)));
		}
		Map<String, HeaderValue> header = new LinkedHashMap<>();
		if (document.header() != null) {
			document.header().forEach((key, value) -> header.put(key, new HeaderValue(value.text(), value.rows())));
		}
		return new Sheet(document.id(), document.templateId(), document.templateVersion(),
				TemplateKind.valueOf(document.kind()), document.inspectionId(), document.agencyId(),
				document.agencyName(), RegionCode.of(document.region()), document.year(),
				SheetMode.valueOf(document.mode()), document.ownerId(), document.ownerName(),
				SheetStatus.valueOf(document.status()), header, document.headerVersion(), answers,
				(document.version() != null) ? document.version() : 0, document.createdAt(), document.createdBy(),
				document.submittedAt(), document.submittedBy(), evaluation(document.result()), document.resultHash());
	}

	static AnsweredDocument answered(AnsweredItem answered) {
		return new AnsweredDocument(answer(answered.answer()), answered.version(), answered.answeredBy(),
				answered.answeredByName(), answered.answeredAt());
	}

	static AnsweredItem answered(AnsweredDocument document) {
		return new AnsweredItem(answer(document.answer()), document.version(), document.answeredBy(),
				document.answeredByName(), document.answeredAt());
	}

	static AnswerDocument answer(ItemAnswer answer) {
		List<RuleAnswerDocument> rules = answer.rules()
			.stream()
			.map((rule) -> new RuleAnswerDocument(rule.ruleId(), rule.occurrences(), string(rule.points()),
					rule.contents(), rule.reason()))
			.toList();
		return new AnswerDocument((answer.finding() != null) ? answer.finding().name() : null, answer.subPoints(),
				rules, string(answer.score()), answer.note(), answer.checked() ? Boolean.TRUE : null,
				answer.evidenceIds().isEmpty() ? null : answer.evidenceIds());
	}

	static ItemAnswer answer(AnswerDocument document) {
		if (document == null) {
			return null;
		}
		List<RuleAnswer> rules = (document.rules() != null) ? document.rules()
			.stream()
			.map((rule) -> new RuleAnswer(rule.ruleId(), rule.occurrences(), decimal(rule.points()), rule.contents(),
					rule.reason()))
			.toList() : List.of();
		return new ItemAnswer((document.finding() != null) ? Finding.valueOf(document.finding()) : null,
				document.subPoints(), rules, decimal(document.score()), document.note(),
				Boolean.TRUE.equals(document.checked()), document.evidenceIds());
	}

	static Map<String, HeaderValueDocument> header(Map<String, HeaderValue> header) {
		Map<String, HeaderValueDocument> documents = new LinkedHashMap<>();
		header.forEach((key, value) -> documents.put(key,
				(value != null) ? new HeaderValueDocument(value.text(), value.rows()) : null));
		return documents;
	}

	static HistoryDocument history(SheetEvent event) {
		return new HistoryDocument(event.at(), event.userId(), event.displayName(), event.action().name(),
				event.itemId(), event.itemVersion(), (event.answer() != null) ? answer(event.answer()) : null,
				(event.header() != null) ? header(event.header()) : null, event.detail());
	}

	static SheetEvent event(HistoryDocument document) {
		Map<String, HeaderValue> header = null;
		if (document.header() != null) {
			header = new LinkedHashMap<>();
			for (Map.Entry<String, HeaderValueDocument> entry : document.header().entrySet()) {
				HeaderValueDocument value = entry.getValue();
				header.put(entry.getKey(), (value != null) ? new HeaderValue(value.text(), value.rows()) : null);
			}
		}
		return new SheetEvent(document.at(), document.userId(), document.displayName(),
				SheetEvent.Action.valueOf(document.action()), document.itemId(), document.itemVersion(),
				answer(document.answer()), header, document.detail());
	}

	Document result(Evaluation evaluation) {
		return Document.parse(this.storage.writeValueAsString(evaluation));
	}

	Evaluation evaluation(Document document) {
		return (document != null) ? this.storage.readValue(document.toJson(), Evaluation.class) : null;
	}

	/** What dashboards count as findings: items with findings and what was found. */
	static List<FindingDocument> findings(Evaluation evaluation) {
		return evaluation.items()
			.stream()
			.filter((item) -> item.findings() > 0)
			.map((item) -> new FindingDocument(item.itemId(), item.found()))
			.toList();
	}

	private static String string(BigDecimal value) {
		return (value != null) ? value.toPlainString() : null;
	}

	private static BigDecimal decimal(String value) {
		return (value != null) ? new BigDecimal(value) : null;
	}

}
