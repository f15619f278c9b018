/**
 * 意见反馈表: the agency's feedback on an inspection, filed directly to the organising bureau
 * (seed 000 附件2 三(二), form 附件②).
 */
package org.shuangsuiji.inspection.feedback;
