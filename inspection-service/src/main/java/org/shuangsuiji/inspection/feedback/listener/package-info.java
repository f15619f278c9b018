/** The audit entry of a filed 意见反馈表. */
package org.shuangsuiji.inspection.feedback.listener;
