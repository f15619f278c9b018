/** The 意见反馈表 in MongoDB. */
package org.shuangsuiji.inspection.feedback.persistence;
