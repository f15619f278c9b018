package org.shuangsuiji.inspection.forms.pdf;

import java.awt.image.BufferedImage;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded font draws real Chinese glyphs: a font without them draws every character
 * as the same empty box (or nothing), so distinct characters must give distinct shapes.
 */
class GlyphsTest {

	private static final String CHARACTERS = "事实确认单意见反馈表鉴定机构统一社会信用代码检查人员签字公章";

	private static final float CELL = 60f;

	private static final float SIZE = 28f;

	@Test
	void distinctCharactersDrawDistinctNonEmptyShapes() throws Exception {
		byte[] bytes;
		try (PageFlow flow = new PageFlow(Fonts.SHARED)) {
			for (int i = 0; i < CHARACTERS.length(); i++) {
				flow.show(CHARACTERS.substring(i, i + 1), SIZE, x(i), baseline(i));
			}
			bytes = flow.finish("glyphs");
		}
		BufferedImage page = new RenderedPdf(bytes).image(1, 100);
		Set<BitSet> shapes = new HashSet<>();
		for (int i = 0; i < CHARACTERS.length(); i++) {
			BitSet shape = shape(page, i);
			assertThat(shape.cardinality()).as("dark pixels of %s", CHARACTERS.charAt(i)).isGreaterThan(40);
			shapes.add(shape);
		}
		assertThat(shapes).hasSize(CHARACTERS.length());
	}

	@Test
	void theFontHasAGlyphForEveryLabelOfTheForms() {
		List<String> labels = List.of("“双随机、一公开”监督抽查事实确认单", "意见反馈表", "被检查鉴定机构名称", "统一社会信用代码编号", "被检查业务类别",
				"国家级资质认定证书编号（有效期）", "省级资质认定证书编号（有效期）", "实验室认可证书编号（有效期）", "确认的主要事实", "被检查单位意见", "（公  章）", "单位负责人签名：",
				"年月日", "检查人员签字", "有无意见", "具体意见建议", "第 1 页 共 2 页", "文书编号：", "校验码（SHA-256）：", "总结报告", "整改中已整改逾期未整改无需整改",
				"等级／结果", "法医临床病理精神病物证毒物文书痕迹微量声像资料环境损害");
		for (String label : labels) {
			assertThat(label.codePoints().filter((point) -> point != ' ' && !Fonts.SHARED.hasGlyph(point)).toArray())
				.as(label)
				.isEmpty();
		}
	}

	private static float x(int i) {
		return PageFlow.MARGIN + (i % 8) * CELL;
	}

	private static float baseline(int i) {
		return PageFlow.PAGE.getHeight() - PageFlow.MARGIN - SIZE - (i / 8) * CELL;
	}

	/** The dark pixels of character {@code i}'s cell, at 100 dpi. */
	private static BitSet shape(BufferedImage page, int i) {
		float scale = 100f / 72f;
		int left = Math.round((x(i) - 4) * scale);
		int top = Math.round((PageFlow.PAGE.getHeight() - baseline(i) - SIZE - 4) * scale);
		int side = Math.round(CELL * scale) - 4;
		BitSet shape = new BitSet();
		for (int row = 0; row < side; row++) {
			for (int column = 0; column < side; column++) {
				int rgb = page.getRGB(left + column, top + row);
				if (((rgb >> 8) & 0xff) < 128) {
					shape.set(row * side + column);
				}
			}
		}
		return shape;
	}

}
