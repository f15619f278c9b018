package org.shuangsuiji.inspection.forms.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.shuangsuiji.inspection.forms.ChineseDates;
import org.shuangsuiji.inspection.forms.FactSheetForm;

/**
 * The 事实确认单 (附件①) as a PDF: the seed's title in two lines, then one bordered table with
 * the seed's rows in its order (机构名称, 统一社会信用代码编号, 被检查业务类别, the three certificates, the
 * tall 确认的主要事实 row with its vertical label, 被检查单位意见 with 公章 and 单位负责人签名, 检查人员签字 with the
 * team's names), then the inspection day and the SHA-256 content hash. A QR code of the
 * verification URL sits beside the title; the document id is in every page's footer.
 * Facts that do not fit continue on the next page.
 */
public final class FactSheetPdf {

	private static final float LABEL_WIDTH = 190f;

	/** The facts row is at least this tall, as the seed leaves room to write. */
	private static final float FACTS_MIN_HEIGHT = 200f;

	/**
	 * Top right, beside the title: 45 modules of 1.4 pt (0.5 mm) for a 150-character URL.
	 */
	private static final float QR_SIZE = 64f;

	private final FormFonts fonts;

	public FactSheetPdf(FormFonts fonts) {
		this.fonts = fonts;
	}

	public byte[] render(FactSheetForm form) {
		try (PageFlow flow = new PageFlow(this.fonts)) {
			float top = flow.y();
			flow.qr(form.verificationUrl(), flow.left() + flow.width() - QR_SIZE, top - QR_SIZE, QR_SIZE);
			flow.title(List.of(form.titleHead(), form.titleTail()));
			flow.gap(Math.max(0, flow.y() - (top - QR_SIZE - 6)));
			float valueWidth = flow.width() - LABEL_WIDTH;
			float[] widths = { LABEL_WIDTH, valueWidth };
			Tables cells = new Tables(flow.wrapping());
			List<Row> rows = new ArrayList<>();
			rows.add(cells.labelled("被检查鉴定机构名称", form.agencyName(), widths));
			rows.add(cells.labelled("统一社会信用代码编号", form.creditCode(), widths));
			rows.add(cells.labelled("被检查业务类别", form.categoriesPrinted(), widths));
			rows.add(cells.labelled("国家级资质认定证书编号（有效期）", form.certificates().nationalPrinted(), widths));
			rows.add(cells.labelled("省级资质认定证书编号（有效期）", form.certificates().provincialPrinted(), widths));
			rows.add(cells.labelled("实验室认可证书编号（有效期）", form.certificates().accreditationPrinted(), widths));
			rows.add(new Row(List.of(cells.vertical("确认的主要事实"), facts(form, cells, valueWidth)), FACTS_MIN_HEIGHT));
			rows.add(new Row(List.of(cells.label("被检查单位意见", LABEL_WIDTH), cells.text(form.agencyOpinion().orElse(""),
					valueWidth, List.of("（公  章）", "单位负责人签名：                    年     月     日"))), 90f));
			rows.add(new Row(List.of(cells.label("检查人员签字", LABEL_WIDTH),
					cells.text(signers(form), valueWidth, List.of("年     月     日"))), 60f));
			flow.table(widths, null, rows);
			verification(flow, form);
			return flow.finish("文书编号：" + form.taskId());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not render the fact sheet of " + form.taskId(), ex);
		}
	}

	private static Cell facts(FactSheetForm form, Tables cells, float width) {
		if (form.facts().isEmpty()) {
			return cells.text("无", width, List.of());
		}
		List<Line> lines = new ArrayList<>();
		for (int i = 0; i < form.facts().size(); i++) {
			lines.addAll(cells.wrapping().wrap((i + 1) + ". ", form.facts().get(i), width - 2 * PageFlow.PADDING));
		}
		return new Cell.Text(lines, false, false, List.of());
	}

	/** Each name printed with room to sign beside it. */
	private static String signers(FactSheetForm form) {
		return String.join("\n", form.inspectors().stream().map((name) -> name + "：").toList());
	}

	/**
	 * Below the table: the day, and the hash the QR code carries, in full for reading
	 * aloud.
	 */
	private static void verification(PageFlow flow, FactSheetForm form) throws IOException {
		flow.gap(4);
		flow.line("检查日期：" + ChineseDates.format(form.inspectionDate()) + "    扫描右上角二维码可核验本确认单", 9f, false);
		flow.line("校验码（SHA-256）：" + form.contentHash(), 9f, false);
	}

}
