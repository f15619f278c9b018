package org.shuangsuiji.inspection.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.shuangsuiji.inspection.plan.Actor;
import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.platform.region.RegionCode;

/**
 * One inspection's published result. The first four fields after the agency are those the
 * 国家企业信用信息公示系统 shows for a 抽查检查结果; the rest let a reader find the plan and its verifiable
 * draw. No personal data: the publishing official is kept for the audit, not shown to the
 * public.
 *
 * @param taskId the task
 * @param planId the plan
 * @param planTitle the plan's title
 * @param planRegion the organising region
 * @param agencyId registry agency id
 * @param agencyName 机构名称
 * @param creditCode 统一社会信用代码 from the draw's pool snapshot, {@code null} if unknown
 * @param agencyRegion where the agency sits
 * @param organiser 检查实施机关
 * @param inspectionType 抽查类型
 * @param inspectionDate 抽查日期, the day of the visit
 * @param result 抽查结果, see {@link ResultWording}
 * @param outcomeCode the final outcome's code
 * @param outcomeLabel the final outcome's wording (限期整改 …)
 * @param actions the final measures' wording
 * @param drawRecord the public draw record's path
 * @param sheetResultHash the official sheet's result hash, if scoring-service gave one
 * @param evidenceHeadHash the evidence chain's head hash sealed when the task closed (ADR
 * 0404): an exported evidence zip is checked against it, a hash the evidence store alone
 * cannot rewrite
 * @param publishedBy who published
 * @param publishedAt when
 */
public record PublishedResult(String taskId, PlanId planId, String planTitle, RegionCode planRegion, String agencyId,
		String agencyName, String creditCode, RegionCode agencyRegion, String organiser, String inspectionType,
		LocalDate inspectionDate, String result, String outcomeCode, String outcomeLabel, List<String> actions,
		String drawRecord, String sheetResultHash, String evidenceHeadHash, Actor publishedBy, Instant publishedAt) {

	public PublishedResult {
		actions = List.copyOf(actions);
	}

	/** The public draw record of a plan (draw/web PublicDrawController). */
	public static String drawRecordOf(PlanId planId) {
		return "/api/public/inspections/plans/" + planId.value() + "/draw";
	}

}
