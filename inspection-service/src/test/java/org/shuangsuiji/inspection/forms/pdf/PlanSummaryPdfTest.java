package org.shuangsuiji.inspection.forms.pdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shuangsuiji.inspection.forms.AgencyResult;
import org.shuangsuiji.inspection.forms.FormFixtures;
import org.shuangsuiji.inspection.forms.PlanSummaryReport;
import org.shuangsuiji.inspection.forms.Rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuangsuiji.inspection.forms.pdf.RenderedPdf.squeezed;

class PlanSummaryPdfTest {

	private final PlanSummaryPdf pdf = new PlanSummaryPdf(Fonts.SHARED);

	@Test
	void printsThePlanTheCountsTheFindingsPerItemAndEveryAgency() {
		PlanSummaryReport report = FormFixtures.summary();
		RenderedPdf rendered = new RenderedPdf(this.pdf.render(report));
		String text = squeezed(rendered.text());
		assertThat(text).contains(squeezed(report.title()), "总结报告", "检查实施机关：新乡市司法局", "抽查类型：定向抽查",
				"检查期间：2024年6月3日至2024年6月30日", "共检查司法鉴定机构3家", "发现问题2家", "未发现问题1家", "合格1家", "优秀1家", "基本合格1家", "整改中1家",
				"已整改1家", "无需整改1家", "2鉴定人执业及培训情况2家", "1执业许可证书及资质认定证书情况0家", "19司法鉴定意见内部复核制度落实情况1家",
				"计划编号：demo-xinxiang-2024", "2024年7月15日");
		for (AgencyResult agency : report.agencies()) {
			assertThat(text).contains(squeezed(agency.agencyName()), squeezed(agency.conclusion()));
		}
		rendered.saveSample("plan-summary.pdf");
	}

	@Test
	void aLongAgencyTableContinuesOnFurtherPagesWithItsHeaderRepeated() {
		List<AgencyResult> agencies = new ArrayList<>();
		for (int i = 1; i <= 60; i++) {
			agencies.add(FormFixtures.agency("新乡第" + i + "司法鉴定所（虚构）", LocalDate.of(2024, 6, 3 + i % 20), "发现问题", "合格",
					Rectification.IN_PROGRESS, "2"));
		}
		RenderedPdf rendered = new RenderedPdf(this.pdf.render(FormFixtures.summary(agencies)));
		int pages = rendered.pages();
		assertThat(pages).isGreaterThanOrEqualTo(3);
		for (int page = 2; page <= pages; page++) {
			assertThat(squeezed(rendered.text(page))).contains("机构名称抽查日期等级／结果检查结论整改情况",
					"第" + page + "页共" + pages + "页");
		}
		String all = squeezed(rendered.text());
		for (int i = 1; i <= 60; i++) {
			assertThat(all).contains("新乡第" + i + "司法鉴定所");
		}
	}

}
