package org.shuangsuiji.inspection.forms;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.shuangsuiji.platform.category.BusinessCategory;

/**
 * What a 事实确认单 (附件①) prints for one inspection task, in the seed's order: the agency, its
 * credit code, the categories inspected, its three certificates, the confirmed main facts
 * (numbered, in the order given), the agency's opinion once known, the team's names
 * beside the signature field, the inspection day. {@code contentHash} is the SHA-256
 * (hex) the caller computed over the sheet's content; it is printed and put into the
 * verification URL of the QR code with the task id.
 *
 * @param taskId the document id (the inspection task, {@code <planId>:<agencyId>})
 * @param year the plan year (2024 in 2024年度)
 * @param city the organising city as the title names it (新乡市)
 * @param agencyName 被检查鉴定机构名称
 * @param creditCode 统一社会信用代码
 * @param categories 被检查业务类别, in the order to print
 * @param certificates 资质认定 and 实验室认可 certificates; a missing one prints "无"
 * @param facts 确认的主要事实, one entry per fact; printed 1., 2., …
 * @param agencyOpinion 被检查单位意见, empty while the agency has not answered (the field stays
 * blank for a handwritten one)
 * @param inspectors the team's names, printed beside 检查人员签字
 * @param inspectionDate the inspection day
 * @param contentHash SHA-256 of the sheet's content, 64 lower-case hex digits
 * @param baseUrl where the SPA is served, e.g. {@code https://ssj.example.gov.cn}
 */
public record FactSheetForm(String taskId, int year, String city, String agencyName, String creditCode,
		List<BusinessCategory> categories, Certificates certificates, List<String> facts,
		Optional<String> agencyOpinion, List<String> inspectors, LocalDate inspectionDate, String contentHash,
		String baseUrl) implements AgencyForm {

	public FactSheetForm {
		taskId = Forms.requireText(taskId, "taskId");
		Forms.requireYear(year);
		city = Forms.requireText(city, "city");
		agencyName = Forms.requireText(agencyName, "agencyName");
		creditCode = Forms.requireText(creditCode, "creditCode");
		categories = Forms.copy(categories, "categories");
		Objects.requireNonNull(certificates, "certificates");
		facts = Forms.copy(facts, "facts").stream().map((fact) -> Forms.requireText(fact, "a fact")).toList();
		agencyOpinion = Objects.requireNonNull(agencyOpinion, "agencyOpinion").filter((text) -> !text.isBlank());
		inspectors = Forms.copy(inspectors, "inspectors");
		Objects.requireNonNull(inspectionDate, "inspectionDate");
		Forms.requireSha256(contentHash);
		baseUrl = Forms.requireText(baseUrl, "baseUrl");
		if (!baseUrl.startsWith("https://") && !baseUrl.startsWith("http://")) {
			throw new IllegalArgumentException("baseUrl must be an http(s) URL: " + baseUrl);
		}
	}

	@Override
	public String titleTail() {
		return "“双随机、一公开”监督抽查事实确认单";
	}

	/**
	 * Where the QR code leads: the SPA's verification page for this sheet, which compares
	 * {@code h} with the hash the service holds.
	 */
	public String verificationUrl() {
		String base = this.baseUrl.endsWith("/") ? this.baseUrl.substring(0, this.baseUrl.length() - 1) : this.baseUrl;
		return base + "/#/verify/fact-sheet/" + pathSegment(this.taskId) + "?h=" + this.contentHash;
	}

	/** Percent-encodes what a path segment may not hold raw (RFC 3986 pchar kept). */
	static String pathSegment(String value) {
		StringBuilder out = new StringBuilder();
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xff);
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
					|| "-._~:@!$&'()*+,;=".indexOf(c) >= 0) {
				out.append(c);
			}
			else {
				out.append('%').append(String.format("%02X", b & 0xff));
			}
		}
		return out.toString();
	}

}
