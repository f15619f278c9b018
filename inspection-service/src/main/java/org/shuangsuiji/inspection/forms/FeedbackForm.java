package org.shuangsuiji.inspection.forms;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.shuangsuiji.platform.category.BusinessCategory;

/**
 * What a 意见反馈表 (附件②) prints: the agency sends it to the city bureau directly, ticking 有
 * or 无 (有无意见) and writing its opinions and suggestions (具体意见建议).
 *
 * @param taskId the inspection task the feedback is about (the document id)
 * @param year the plan year
 * @param city the organising city as the title names it
 * @param agencyName 鉴定机构名称
 * @param creditCode 统一社会信用代码
 * @param categories 被检查业务类别
 * @param hasOpinion 有无意见: true ticks 有, false ticks 无
 * @param opinion 具体意见建议; blank when there is none
 * @param signerName 单位负责人 who signed
 * @param signedOn the date beside the signature
 * @param submittedAt when the form reached the bureau
 */
public record FeedbackForm(String taskId, int year, String city, String agencyName, String creditCode,
		List<BusinessCategory> categories, boolean hasOpinion, String opinion, String signerName, LocalDate signedOn,
		Instant submittedAt) implements AgencyForm {

	public FeedbackForm {
		taskId = Forms.requireText(taskId, "taskId");
		Forms.requireYear(year);
		city = Forms.requireText(city, "city");
		agencyName = Forms.requireText(agencyName, "agencyName");
		creditCode = Forms.requireText(creditCode, "creditCode");
		categories = Forms.copy(categories, "categories");
		opinion = (opinion != null) ? opinion.strip() : "";
		if (hasOpinion && opinion.isEmpty()) {
			throw new IllegalArgumentException("opinion must be given when hasOpinion is true (有意见)");
		}
		signerName = Forms.requireText(signerName, "signerName");
		Objects.requireNonNull(signedOn, "signedOn");
		Objects.requireNonNull(submittedAt, "submittedAt");
	}

	@Override
	public String titleTail() {
		return "“双随机、一公开”监督抽查意见反馈表";
	}

}
