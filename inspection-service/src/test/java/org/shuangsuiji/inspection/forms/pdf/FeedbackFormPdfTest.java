package org.shuangsuiji.inspection.forms.pdf;

import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;
import org.shuangsuiji.inspection.forms.FeedbackForm;
import org.shuangsuiji.inspection.forms.FormFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuangsuiji.inspection.forms.pdf.RenderedPdf.squeezed;

class FeedbackFormPdfTest {

	private final FeedbackFormPdf pdf = new FeedbackFormPdf(Fonts.SHARED);

	@Test
	void printsTheSeedsTitleLabelsAndTheAgencysAnswer() {
		FeedbackForm form = FormFixtures.feedback(true);
		RenderedPdf rendered = new RenderedPdf(this.pdf.render(form));
		String text = squeezed(rendered.text());
		assertThat(text).contains("2024年度新乡市司法鉴定行业", "“双随机、一公开”监督抽查意见反馈表", "鉴定机构名称" + FormFixtures.AGENCY,
				"统一社会信用代码编号" + FormFixtures.CREDIT_CODE, "被检查业务类别法医临床", "有无意见有无", "具体意见建议", squeezed(form.opinion()),
				"单位负责人签名：赵振华", "公章", "2024年6月13日", "提交时间：2024-06-1310:30（北京时间）", "文书编号：" + form.taskId(), "第1页共1页");
		assertThat(rendered.embeddedFonts(1)).singleElement().asString().contains("WenQuanYi");
		rendered.saveSample("feedback-form.pdf");
	}

	@Test
	void ticksTheBoxOfTheAnswerGivenDrawnNotTypedAsAGlyph() {
		FeedbackForm yes = FormFixtures.feedback(true);
		FeedbackForm no = new FeedbackForm(yes.taskId(), yes.year(), yes.city(), yes.agencyName(), yes.creditCode(),
				yes.categories(), false, yes.opinion(), yes.signerName(), yes.signedOn(), yes.submittedAt());
		RenderedPdf withYes = new RenderedPdf(this.pdf.render(yes));
		RenderedPdf withNo = new RenderedPdf(this.pdf.render(no));
		assertThat(withYes.text()).doesNotContain("☑", "☐", "□");
		BufferedImage a = withYes.image(1, 100);
		BufferedImage b = withNo.image(1, 100);
		// The two pages differ only where a tick is drawn: two small areas on one line.
		int minX = Integer.MAX_VALUE;
		int maxX = -1;
		int minY = Integer.MAX_VALUE;
		int maxY = -1;
		for (int y = 0; y < a.getHeight(); y++) {
			for (int x = 0; x < a.getWidth(); x++) {
				if (a.getRGB(x, y) != b.getRGB(x, y)) {
					minX = Math.min(minX, x);
					maxX = Math.max(maxX, x);
					minY = Math.min(minY, y);
					maxY = Math.max(maxY, y);
				}
			}
		}
		assertThat(maxX).as("the ticks differ").isPositive();
		assertThat(maxY - minY).as("one line high").isLessThan(20);
		int middle = (minX + maxX) / 2;
		int height = maxY - minY + 1;
		int yesBoxInYes = RenderedPdf.darkPixels(a, minX, minY, middle - minX, height);
		int yesBoxInNo = RenderedPdf.darkPixels(b, minX, minY, middle - minX, height);
		int noBoxInYes = RenderedPdf.darkPixels(a, middle, minY, maxX - middle + 1, height);
		int noBoxInNo = RenderedPdf.darkPixels(b, middle, minY, maxX - middle + 1, height);
		assertThat(yesBoxInYes).isGreaterThan(yesBoxInNo + 10);
		assertThat(noBoxInNo).isGreaterThan(noBoxInYes + 10);
	}

}
