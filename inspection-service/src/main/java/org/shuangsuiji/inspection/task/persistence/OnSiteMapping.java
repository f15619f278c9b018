package org.shuangsuiji.inspection.task.persistence;

import java.time.LocalDate;
import java.util.List;

import org.shuangsuiji.inspection.task.AgencyCertificate;
import org.shuangsuiji.inspection.task.FactSheet;
import org.shuangsuiji.inspection.task.FactSheetAnswer;
import org.shuangsuiji.inspection.task.OnSite;
import org.shuangsuiji.inspection.task.Seal;
import org.shuangsuiji.inspection.task.TaskStatus;
import org.shuangsuiji.inspection.task.TaskStep;
import org.shuangsuiji.platform.category.BusinessCategory;

/** Maps the on-site record of a task to its stored parts and back. */
final class OnSiteMapping {

	private static final String SIGNED = "SIGNED";

	private static final String REFUSED = "REFUSED";

	private OnSiteMapping() {
	}

	static List<TaskDocument.Step> steps(OnSite onSite) {
		return onSite.steps()
			.stream()
			.map((s) -> new TaskDocument.Step(s.status().name(), s.at(), s.byUserId(), s.byName(), s.note()))
			.toList();
	}

	static TaskDocument.Sheet sheet(FactSheet sheet) {
		if (sheet == null) {
			return null;
		}
		return new TaskDocument.Sheet(sheet.agencyName(), sheet.creditCode(),
				sheet.categoriesInspected().stream().map(BusinessCategory::name).toList(),
				sheet.certificates()
					.stream()
					.map((c) -> new TaskDocument.Certificate(c.kind(), c.number(), c.issuer(), text(c.validFrom()),
							text(c.validUntil())))
					.toList(),
				sheet.facts(), sheet.issuedAt(), sheet.issuedByUserId(), sheet.issuedByName(), sheet.team(),
				sheet.contentHash());
	}

	static TaskDocument.Answer answer(FactSheetAnswer answer) {
		if (answer instanceof FactSheetAnswer.Signed signed) {
			return new TaskDocument.Answer(SIGNED, signed.signedScanEvidenceId(), signed.opinion(), null, null,
					signed.at(), signed.byUserId(), signed.byName());
		}
		if (answer instanceof FactSheetAnswer.Refused refused) {
			return new TaskDocument.Answer(REFUSED, null, null, refused.reason(), refused.evidenceIds(), refused.at(),
					refused.byUserId(), refused.byName());
		}
		return null;
	}

	static TaskDocument.SealValue seal(Seal seal) {
		return (seal != null) ? new TaskDocument.SealValue(seal.evidenceHeadHash(), seal.sheetId(),
				seal.sheetResultHash(), seal.sealedAt()) : null;
	}

	static OnSite onSite(TaskDocument document) {
		List<TaskStep> steps = (document.steps() != null) ? document.steps()
			.stream()
			.map((s) -> new TaskStep(TaskStatus.valueOf(s.status()), s.at(), s.byUserId(), s.byName(), s.note()))
			.toList() : List.of();
		List<String> findings = (document.mainFindings() != null) ? document.mainFindings() : List.of();
		return new OnSite(steps, findings, toSheet(document.factSheet()), toAnswer(document.answer()),
				toSeal(document.seal()));
	}

	private static FactSheet toSheet(TaskDocument.Sheet sheet) {
		if (sheet == null) {
			return null;
		}
		return new FactSheet(sheet.agencyName(), sheet.creditCode(),
				sheet.categoriesInspected().stream().map(BusinessCategory::valueOf).toList(),
				sheet.certificates()
					.stream()
					.map((c) -> new AgencyCertificate(c.kind(), c.number(), c.issuer(), date(c.validFrom()),
							date(c.validUntil())))
					.toList(),
				sheet.facts(), sheet.issuedAt(), sheet.issuedByUserId(), sheet.issuedByName(), sheet.team(),
				sheet.contentHash());
	}

	private static FactSheetAnswer toAnswer(TaskDocument.Answer answer) {
		if (answer == null) {
			return null;
		}
		if (SIGNED.equals(answer.kind())) {
			return new FactSheetAnswer.Signed(answer.signedScanEvidenceId(), answer.opinion(), answer.at(),
					answer.byUserId(), answer.byName());
		}
		return new FactSheetAnswer.Refused(answer.reason(), answer.evidenceIds(), answer.at(), answer.byUserId(),
				answer.byName());
	}

	private static Seal toSeal(TaskDocument.SealValue seal) {
		return (seal != null)
				? new Seal(seal.evidenceHeadHash(), seal.sheetId(), seal.sheetResultHash(), seal.sealedAt()) : null;
	}

	private static String text(LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

	private static LocalDate date(String text) {
		return (text != null) ? LocalDate.parse(text) : null;
	}

}
