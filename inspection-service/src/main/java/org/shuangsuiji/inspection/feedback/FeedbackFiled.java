package org.shuangsuiji.inspection.feedback;

/** An agency filed its 意见反馈表. */
public record FeedbackFiled(Feedback feedback) {

}
