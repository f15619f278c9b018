/**
 * The official forms of an inspection as documents (records in, bytes out): the 事实确认单
 * (附件①, {@code FactSheetForm}), the 意见反馈表 (附件②, {@code FeedbackForm}) and a plan's 总结报告
 * ({@code PlanSummaryReport}, also as a results workbook). This root holds the plain-Java
 * inputs; the renderers are the edges {@code pdf/} (PDFBox, an embedded CJK font, a QR
 * code) and {@code xlsx/} (POI). Nothing here reads storage: the caller gathers the data
 * and its content hash.
 */
package org.shuangsuiji.inspection.forms;
