package org.shuangsuiji.inspection.forms.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shuangsuiji.inspection.forms.AgencyResult;
import org.shuangsuiji.inspection.forms.ChineseDates;
import org.shuangsuiji.inspection.forms.ItemFindings;
import org.shuangsuiji.inspection.forms.PlanSummaryReport;

/**
 * A plan's 总结报告 as a PDF: the plan and its period, the inspected agencies counted by
 * result, grade and rectification, the findings per checklist item, and one line per
 * agency (name, date, grade or result, conclusion, rectification). Tables continue on
 * further pages with their header repeated.
 */
public final class PlanSummaryPdf {

	private final FormFonts fonts;

	public PlanSummaryPdf(FormFonts fonts) {
		this.fonts = fonts;
	}

	public byte[] render(PlanSummaryReport report) {
		try (PageFlow flow = new PageFlow(this.fonts)) {
			Tables cells = new Tables(flow.wrapping());
			flow.title(List.of(report.title(), "总结报告"));
			flow.heading("一、基本情况");
			flow.paragraph("检查实施机关：" + report.organiser() + "；抽查类型：" + report.inspectionType() + "；检查期间："
					+ report.period() + "；共检查司法鉴定机构 " + report.agencies().size() + " 家。");
			flow.heading("二、检查结果");
			counts(flow, cells, "抽查结果", report.countsByResult());
			Map<String, Long> grades = report.countsByGrade();
			if (!grades.isEmpty()) {
				flow.gap(8);
				counts(flow, cells, "等级", grades);
			}
			flow.gap(8);
			Map<String, Long> rectification = new LinkedHashMap<>();
			report.countsByRectification().forEach((status, count) -> rectification.put(status.chineseName(), count));
			counts(flow, cells, "整改情况", rectification);
			flow.heading("三、发现的问题");
			findings(flow, cells, report);
			flow.heading("四、被检查机构一览");
			agencies(flow, cells, report);
			flow.gap(12);
			flow.line(report.organiser(), PageFlow.SIZE, true);
			flow.line(ChineseDates.format(report.reportDate()), PageFlow.SIZE, true);
			return flow.finish("计划编号：" + report.planId());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not render the summary of plan " + report.planId(), ex);
		}
	}

	private static void counts(PageFlow flow, Tables cells, String what, Map<String, Long> counts) throws IOException {
		float[] widths = { flow.width() * 0.6f, flow.width() * 0.4f };
		List<Row> rows = new ArrayList<>();
		counts.forEach((name, count) -> rows.add(row(cells, widths, name, count + " 家")));
		if (rows.isEmpty()) {
			rows.add(row(cells, widths, "无", "0 家"));
		}
		flow.table(widths, row(cells, widths, what, "机构数"), rows);
	}

	private static void findings(PageFlow flow, Tables cells, PlanSummaryReport report) throws IOException {
		float[] widths = { flow.width() * 0.12f, flow.width() * 0.63f, flow.width() * 0.25f };
		List<Row> rows = new ArrayList<>();
		for (ItemFindings findings : report.findingsPerItem()) {
			rows.add(new Row(List.of(cells.centred(findings.item().id(), widths[0]),
					cells.text(findings.item().title(), widths[1], List.of()),
					cells.centred(findings.agencies() + " 家", widths[2])), 0));
		}
		flow.table(widths, row(cells, widths, "序号", "检查项目", "发现问题的机构数"), rows);
	}

	private static void agencies(PageFlow flow, Tables cells, PlanSummaryReport report) throws IOException {
		float w = flow.width();
		float[] widths = { w * 0.25f, w * 0.18f, w * 0.15f, w * 0.28f, w * 0.14f };
		List<Row> rows = new ArrayList<>();
		for (AgencyResult agency : report.agencies()) {
			String outcome = agency.grade().map((grade) -> grade + "\n" + agency.result()).orElse(agency.result());
			rows.add(new Row(List.of(cells.text(agency.agencyName(), widths[0], List.of()),
					cells.centred(ChineseDates.format(agency.inspectionDate()), widths[1]),
					cells.centred(outcome, widths[2]), cells.text(agency.conclusion(), widths[3], List.of()),
					cells.centred(agency.rectification().chineseName(), widths[4])), 0));
		}
		flow.table(widths, row(cells, widths, "机构名称", "抽查日期", "等级／结果", "检查结论", "整改情况"), rows);
	}

	private static Row row(Tables cells, float[] widths, String... texts) {
		List<Cell> row = new ArrayList<>();
		for (int i = 0; i < texts.length; i++) {
			row.add(cells.centred(texts[i], widths[i]));
		}
		return new Row(row, 0);
	}

}
