/** The HTTP API of the 意见反馈表. */
package org.shuangsuiji.inspection.feedback.web;
