package org.shuangsuiji.inspection.forms.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.shuangsuiji.inspection.feedback.Feedback;
import org.shuangsuiji.inspection.feedback.FeedbackService;
import org.shuangsuiji.inspection.forms.Certificate;
import org.shuangsuiji.inspection.forms.Certificates;
import org.shuangsuiji.inspection.forms.FactSheetForm;
import org.shuangsuiji.inspection.forms.FeedbackForm;
import org.shuangsuiji.inspection.forms.pdf.FormPrinter;
import org.shuangsuiji.inspection.plan.Plan;
import org.shuangsuiji.inspection.plan.PlanService;
import org.shuangsuiji.inspection.task.AgencyCertificate;
import org.shuangsuiji.inspection.task.FactSheet;
import org.shuangsuiji.inspection.task.FactSheetAnswer;
import org.shuangsuiji.inspection.task.InspectionTask;
import org.shuangsuiji.inspection.task.OnSiteService;
import org.shuangsuiji.platform.security.Caller;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The seed's forms as PDFs, from the stored records: the 事实确认单 of a task (readable by
 * whoever reads its fact sheet) and the 意见反馈表 (the agency and the organising bureau).
 */
@RestController
class FormsController {

	private static final Pattern CITY_IN_TITLE = Pattern.compile("年度(.+?)司法鉴定");

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final OnSiteService onSite;

	private final FeedbackService feedback;

	private final PlanService plans;

	private final FormPrinter printer;

	private final String verifyBaseUrl;

	FormsController(OnSiteService onSite, FeedbackService feedback, PlanService plans, FormPrinter printer,
			@Value("${inspection.forms.verify-base-url}") String verifyBaseUrl) {
		this.onSite = onSite;
		this.feedback = feedback;
		this.plans = plans;
		this.printer = printer;
		this.verifyBaseUrl = verifyBaseUrl;
	}

	@GetMapping("/api/inspections/tasks/{id}/fact-sheet.pdf")
	ResponseEntity<byte[]> factSheet(Caller caller, @PathVariable String id) {
		InspectionTask task = this.onSite.factSheet(caller, id);
		Plan plan = this.plans.load(task.planId());
		FactSheet sheet = task.onSite().factSheet();
		Optional<String> opinion = Optional.ofNullable(task.onSite().answer()).flatMap(FormsController::opinionOf);
		LocalDate day = (task.schedule() != null) ? task.schedule().day()
				: LocalDate.ofInstant(sheet.issuedAt(), CHINA);
		FactSheetForm form = new FactSheetForm(task.id(), plan.terms().year(), city(plan), sheet.agencyName(),
				sheet.creditCode(), sheet.categoriesInspected(), certificates(sheet.certificates()), sheet.facts(),
				opinion, sheet.team(), day, sheet.contentHash(), this.verifyBaseUrl);
		return pdf(this.printer.factSheet(form), "事实确认单-" + task.agencyId() + ".pdf");
	}

	@GetMapping("/api/inspections/tasks/{id}/feedback.pdf")
	ResponseEntity<byte[]> feedback(Caller caller, @PathVariable String id) {
		FeedbackService.Filed read = this.feedback.filed(caller, id);
		Feedback filed = read.feedback();
		InspectionTask task = read.task();
		Plan plan = this.plans.load(task.planId());
		FactSheet sheet = task.onSite().factSheet();
		FeedbackForm form = new FeedbackForm(task.id(), plan.terms().year(), city(plan), filed.agencyName(),
				sheet.creditCode(), sheet.categoriesInspected(), filed.hasOpinion(), filed.text(), filed.signer(),
				LocalDate.ofInstant(filed.filedAt(), CHINA), filed.filedAt());
		return pdf(this.printer.feedback(form), "意见反馈表-" + task.agencyId() + ".pdf");
	}

	private static Optional<String> opinionOf(FactSheetAnswer answer) {
		return (answer instanceof FactSheetAnswer.Signed signed) ? Optional.ofNullable(signed.opinion())
				: Optional.empty();
	}

	/**
	 * The city as the plan's title names it (2024年度新乡市司法鉴定行业…), else the title itself.
	 */
	static String city(Plan plan) {
		Matcher matcher = CITY_IN_TITLE.matcher(plan.terms().title());
		return matcher.find() ? matcher.group(1) : plan.terms().region().value();
	}

	/**
	 * The registry keeps CMA and CNAS with their issuer: a CMA issued by the national
	 * regulator (国家市场监督管理总局 / 国家认监委) is the national line, any other CMA the provincial
	 * one.
	 */
	static Certificates certificates(List<AgencyCertificate> certificates) {
		Optional<Certificate> national = Optional.empty();
		Optional<Certificate> provincial = Optional.empty();
		Optional<Certificate> accreditation = Optional.empty();
		for (AgencyCertificate c : certificates) {
			// a form prints a certificate with its validity; the registry requires both
			// for CMA and CNAS
			if (c.number() == null || c.number().isBlank() || c.validUntil() == null) {
				continue;
			}
			Optional<Certificate> printed = Optional.of(new Certificate(c.number(), c.validUntil()));
			if ("CNAS".equals(c.kind())) {
				accreditation = accreditation.or(() -> printed);
			}
			else if (national(c.issuer())) {
				national = national.or(() -> printed);
			}
			else {
				provincial = provincial.or(() -> printed);
			}
		}
		return new Certificates(national, provincial, accreditation);
	}

	private static boolean national(String issuer) {
		return issuer != null && (issuer.contains("国家") || issuer.contains("总局"));
	}

	private static ResponseEntity<byte[]> pdf(byte[] bytes, String fileName) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(bytes);
	}

}
