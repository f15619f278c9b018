package org.shuangsuiji.inspection.feedback.persistence;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One 意见反馈表, keyed by the inspection (so a second one cannot be inserted). */
@Document("feedback")
record FeedbackDocument(@Id String taskId, String planId, String agencyId, String agencyName, String organiser,
		boolean hasOpinion, String text, String signer, String filedById, String filedByName, Instant filedAt) {

}
