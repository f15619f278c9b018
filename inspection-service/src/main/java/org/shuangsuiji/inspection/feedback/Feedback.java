package org.shuangsuiji.inspection.feedback;

import java.time.Instant;

import org.shuangsuiji.inspection.plan.Actor;
import org.shuangsuiji.platform.region.RegionCode;

/**
 * An agency's 意见反馈表 on one inspection (seed 000 附件2 三(二) and 附件②): the team hands out a
 * blank form and the agency files it directly to the city bureau, not to the team.
 *
 * @param taskId the inspection
 * @param agencyId the agency that filed it
 * @param agencyName 鉴定机构名称 as on the task
 * @param organiser the organising bureau's region (who reads it)
 * @param hasOpinion 有无意见: 有 (true) or 无 (false)
 * @param text 具体意见建议, empty when there is none
 * @param signer 单位负责人签名
 * @param filedBy the agency account that filed it
 * @param filedAt when
 */
public record Feedback(String taskId, String agencyId, String agencyName, RegionCode organiser, boolean hasOpinion,
		String text, String signer, Actor filedBy, Instant filedAt) {

}
