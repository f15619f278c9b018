package org.shuangsuiji.inspection.forms.pdf;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.shuangsuiji.inspection.forms.FactSheetForm;
import org.shuangsuiji.inspection.forms.FormFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuangsuiji.inspection.forms.pdf.RenderedPdf.squeezed;

class FactSheetPdfTest {

	private final FactSheetPdf pdf = new FactSheetPdf(Fonts.SHARED);

	@Test
	void printsTheSeedsTitleLabelsAndTheSheetsValues() {
		FactSheetForm form = FormFixtures.factSheet(FormFixtures.facts(3, 40));
		RenderedPdf rendered = new RenderedPdf(this.pdf.render(form));
		String text = squeezed(rendered.text());
		assertThat(text).contains("2024年度新乡市司法鉴定行业", "“双随机、一公开”监督抽查事实确认单", "被检查鉴定机构名称", "统一社会信用代码编号", "被检查业务类别",
				"国家级资质认定证书编号（有效期）", "省级资质认定证书编号（有效期）", "实验室认可证书编号（有效期）", "被检查单位意见", "（公章）", "单位负责人签名：", "检查人员签字",
				"年月日");
		assertThat(text).contains(FormFixtures.AGENCY, FormFixtures.CREDIT_CODE, "法医临床、法医物证",
				"161612345678（有效期至2027年5月31日）", "CNASL12345（有效期至2026年12月31日）", "对上述事实无异议，将于30日内完成整改。", "王建国：", "李晓梅：",
				"检查日期：2024年6月11日", form.contentHash());
		for (int i = 0; i < form.facts().size(); i++) {
			assertThat(text).contains((i + 1) + "." + squeezed(form.facts().get(i)));
		}
		assertThat(rendered.pages()).isEqualTo(1);
		assertThat(rendered.text(1)).contains("第 1 页 共 1 页");
	}

	@Test
	void theProvincialCertificateItDoesNotHoldPrintsNone() {
		String text = squeezed(new RenderedPdf(this.pdf.render(FormFixtures.factSheet(List.of("事实")))).text());
		assertThat(text).contains("省级资质认定证书编号（有效期）无");
	}

	@Test
	void embedsTheCjkFontAndTheTitleIsDrawnInIt() {
		RenderedPdf rendered = new RenderedPdf(this.pdf.render(FormFixtures.factSheet(FormFixtures.facts(2, 30))));
		assertThat(rendered.embeddedFonts(1)).singleElement().asString().contains("WenQuanYi");
		BufferedImage page = rendered.image(1, 100);
		assertThat(page.getWidth()).isEqualTo(826);
		// The title's two lines sit in the top 2 cm margin plus about 60 points: at 100
		// dpi
		// rows 79 to 165. Thirty-odd drawn characters darken well over a thousand pixels;
		// an unembedded font draws nothing there.
		assertThat(RenderedPdf.darkPixels(page, 79, 79, 669, 86)).isGreaterThan(1500);
	}

	@Test
	void theFontHasARealGlyphForEveryCharacterTheSheetPrints() {
		FactSheetForm form = FormFixtures.factSheet(FormFixtures.facts(10, 120));
		String text = new RenderedPdf(this.pdf.render(form)).text();
		assertThat(text).doesNotContain("?");
		assertThat(squeezed(text).codePoints().filter((point) -> !Fonts.SHARED.hasGlyph(point)).toArray()).isEmpty();
	}

	@Test
	void longFactsFlowOntoTheNextPageWithTheirNumbersAndPageNumbersRight() {
		FactSheetForm form = FormFixtures.factSheet(FormFixtures.facts(10, 100));
		RenderedPdf rendered = new RenderedPdf(this.pdf.render(form));
		assertThat(rendered.pages()).isEqualTo(2);
		String first = squeezed(rendered.text(1));
		String second = squeezed(rendered.text(2));
		assertThat(first).contains("1." + squeezed(form.facts().get(0)), "第1页共2页").doesNotContain("第2页");
		assertThat(second).contains("10." + squeezed(form.facts().get(9)), "检查人员签字", "第2页共2页");
		String all = first + second;
		for (int i = 0; i < form.facts().size(); i++) {
			String fact = squeezed(form.facts().get(i));
			assertThat(all).contains((i + 1) + "." + fact.substring(0, 20), fact.substring(fact.length() - 20));
		}
		rendered.saveSample("fact-sheet-two-pages.pdf");
	}

	@Test
	void veryLongFactsKeepFlowingPageAfterPageEachPageNumbered() {
		FactSheetForm form = FormFixtures.factSheet(FormFixtures.facts(10, 400));
		RenderedPdf rendered = new RenderedPdf(this.pdf.render(form));
		int pages = rendered.pages();
		assertThat(pages).isGreaterThanOrEqualTo(3);
		StringBuilder all = new StringBuilder();
		for (int page = 1; page <= pages; page++) {
			String text = squeezed(rendered.text(page));
			assertThat(text).contains("第" + page + "页共" + pages + "页", "文书编号：" + form.taskId());
			all.append(text);
		}
		String last = squeezed(form.facts().get(9));
		assertThat(squeezed(rendered.text(pages))).contains(last.substring(last.length() - 20), "检查人员签字");
		assertThat(all).contains("10." + last.substring(0, 20));
	}

	@Test
	void theQrCodeDecodesToTheVerificationUrl() {
		FactSheetForm form = FormFixtures.factSheet(FormFixtures.facts(3, 60));
		RenderedPdf rendered = new RenderedPdf(this.pdf.render(form));
		assertThat(rendered.pages()).isEqualTo(1);
		assertThat(rendered.qrCode(1)).isEqualTo(form.verificationUrl())
			.startsWith("https://ssj.example.gov.cn/#/verify/fact-sheet/demo-xinxiang-2024:ag-zhengheng?h=");
		rendered.saveSample("fact-sheet.pdf");
	}

	@Test
	void aSheetWithoutFactsOrOpinionStillPrintsItsFields() {
		FactSheetForm full = FormFixtures.factSheet(List.of());
		FactSheetForm form = new FactSheetForm(full.taskId(), full.year(), full.city(), full.agencyName(),
				full.creditCode(), List.of(), full.certificates(), List.of(), Optional.empty(), List.of(),
				full.inspectionDate(), full.contentHash(), full.baseUrl());
		String text = squeezed(new RenderedPdf(this.pdf.render(form)).text());
		assertThat(text).contains("被检查业务类别无", "确认的主要事实无", "被检查单位意见");
	}

}
