package org.shuangsuiji.inspection.forms.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.shuangsuiji.inspection.forms.ChineseDates;
import org.shuangsuiji.inspection.forms.FeedbackForm;

/**
 * The 意见反馈表 (附件②) as a PDF: the seed's title, then 鉴定机构名称, 统一社会信用代码编号, 被检查业务类别, 有无意见 as
 * two drawn boxes (有 / 无, the chosen one ticked), and the tall 具体意见建议 row with its
 * vertical label and the signature, 公章 and date at its foot.
 */
public final class FeedbackFormPdf {

	private static final float LABEL_WIDTH = 150f;

	private static final float OPINION_MIN_HEIGHT = 380f;

	private static final DateTimeFormatter SUBMITTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final FormFonts fonts;

	public FeedbackFormPdf(FormFonts fonts) {
		this.fonts = fonts;
	}

	public byte[] render(FeedbackForm form) {
		try (PageFlow flow = new PageFlow(this.fonts)) {
			flow.title(List.of(form.titleHead(), form.titleTail()));
			float valueWidth = flow.width() - LABEL_WIDTH;
			float[] widths = { LABEL_WIDTH, valueWidth };
			Tables cells = new Tables(flow.wrapping());
			String opinion = form.opinion().isEmpty() ? "无" : form.opinion();
			List<String> foot = List.of("单位负责人签名：" + form.signerName() + "        公  章",
					ChineseDates.format(form.signedOn()));
			flow.table(widths, null,
					List.of(cells.labelled("鉴定机构名称", form.agencyName(), widths),
							cells.labelled("统一社会信用代码编号", form.creditCode(), widths),
							cells.labelled("被检查业务类别", form.categoriesPrinted(), widths),
							new Row(List.of(cells.label("有无意见", LABEL_WIDTH),
									new Cell.Choices(List.of(new Cell.Choice("有", form.hasOpinion()),
											new Cell.Choice("无", !form.hasOpinion())))),
									0),
							new Row(List.of(cells.vertical("具体意见建议"), cells.text(opinion, valueWidth, foot)),
									OPINION_MIN_HEIGHT)));
			flow.gap(6);
			flow.line("提交时间：" + SUBMITTED.format(form.submittedAt().atZone(ChineseDates.CHINA)) + "（北京时间）", 9.5f,
					false);
			return flow.finish("文书编号：" + form.taskId());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not render the feedback form of " + form.taskId(), ex);
		}
	}

}
