package org.shuangsuiji.inspection.forms.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Writes a form top to bottom onto A4 pages: titles, lines, bordered tables whose rows
 * continue on the next page when they do not fit (the header row repeated), a QR code,
 * and at the end the page numbers "第 n 页 共 m 页" with the document id on every page. One
 * instance per document; not thread-safe.
 */
final class PageFlow implements AutoCloseable {

	static final PDRectangle PAGE = PDRectangle.A4;

	/** 2 cm on every side; the footer sits inside the bottom margin. */
	static final float MARGIN = 56.7f;

	static final float SIZE = 11f;

	static final float LEADING = 16.5f;

	/** Distance between stacked characters of a vertical label. */
	static final float VERTICAL_LEADING = 15f;

	static final float PADDING = 5f;

	private static final float TITLE_SIZE = 16f;

	private static final float FOOTER_SIZE = 9f;

	private final PDDocument document = new PDDocument();

	private final PDType0Font font;

	private final Wrapping wrapping;

	private PDPageContentStream stream;

	private float y;

	/**
	 * Nothing has been drawn on the current page yet (a row too tall for it must split).
	 */
	private boolean fresh;

	PageFlow(FormFonts fonts) throws IOException {
		this.font = fonts.embedIn(this.document);
		this.wrapping = new Wrapping(this.font, SIZE, fonts::hasGlyph);
		newPage();
	}

	float left() {
		return MARGIN;
	}

	float width() {
		return PAGE.getWidth() - 2 * MARGIN;
	}

	Wrapping wrapping() {
		return this.wrapping;
	}

	void newPage() throws IOException {
		if (this.stream != null) {
			this.stream.close();
		}
		PDPage page = new PDPage(PAGE);
		this.document.addPage(page);
		this.stream = new PDPageContentStream(this.document, page);
		this.stream.setLineWidth(0.75f);
		this.y = PAGE.getHeight() - MARGIN;
		this.fresh = true;
	}

	float remaining() {
		return this.y - MARGIN;
	}

	/** Starts a new page unless {@code height} points are left on this one. */
	void keep(float height) throws IOException {
		if (remaining() < height && !this.fresh) {
			newPage();
		}
	}

	void gap(float height) {
		this.y -= height;
	}

	/** Centred lines in a heavier weight (the font has no bold: stroke and fill). */
	void title(List<String> lines) throws IOException {
		Wrapping big = this.wrapping.resized(TITLE_SIZE);
		this.stream.setRenderingMode(RenderingMode.FILL_STROKE);
		this.stream.setLineWidth(0.4f);
		for (String raw : lines) {
			for (Line line : big.wrap(raw, width())) {
				this.y -= TITLE_SIZE * 1.5f;
				show(line.text(), TITLE_SIZE, left() + (width() - big.width(line.text())) / 2, this.y);
			}
		}
		this.stream.setRenderingMode(RenderingMode.FILL);
		this.stream.setLineWidth(0.75f);
		this.y -= TITLE_SIZE * 0.75f;
		this.fresh = false;
	}

	/** A paragraph across the full width, flowing onto the next page. */
	void paragraph(String text) throws IOException {
		for (Line line : this.wrapping.wrap(text, width())) {
			keep(LEADING);
			this.y -= LEADING;
			show(line.text(), SIZE, left() + line.indent(), baseline(this.y + LEADING));
			this.fresh = false;
		}
	}

	/** A section heading, kept on the page of what follows it. */
	void heading(String text) throws IOException {
		keep(LEADING * 5);
		this.y -= LEADING * 0.5f;
		this.stream.setRenderingMode(RenderingMode.FILL_STROKE);
		this.stream.setLineWidth(0.3f);
		line(text, 12f, false);
		this.stream.setRenderingMode(RenderingMode.FILL);
		this.stream.setLineWidth(0.75f);
		this.y -= LEADING * 0.25f;
	}

	/** A line of text in the given size (wrapped if long), left or right aligned. */
	void line(String text, float size, boolean rightAligned) throws IOException {
		Wrapping sized = this.wrapping.resized(size);
		for (Line line : sized.wrap(text, width())) {
			keep(size * 1.5f);
			this.y -= size * 1.5f;
			float x = rightAligned ? left() + width() - sized.width(line.text()) : left() + line.indent();
			show(line.text(), size, x, this.y + size * 0.4f);
			this.fresh = false;
		}
	}

	/**
	 * A bordered table: {@code header} (may be null) on top and again on every page the
	 * table continues on.
	 */
	void table(float[] widths, Row header, List<Row> rows) throws IOException {
		if (header != null) {
			keep(height(widths, header) + LEADING * 2 + 2 * PADDING);
			drawRow(widths, header.cells(), height(widths, header));
		}
		for (Row row : rows) {
			row(widths, header, row);
		}
	}

	private void row(float[] widths, Row header, Row row) throws IOException {
		List<Cell> cells = row.cells();
		float minHeight = row.minHeight();
		while (true) {
			float natural = height(widths, new Row(cells, 0));
			float height = Math.max(natural, minHeight);
			if (height <= remaining()) {
				drawRow(widths, cells, height);
				return;
			}
			int flowing = flowingCell(cells);
			float space = remaining();
			int fit = (flowing < 0) ? 0 : (int) Math.floor((space - 2 * PADDING) / LEADING);
			Cell.Text text = (flowing < 0) ? null : (Cell.Text) cells.get(flowing);
			boolean othersFit = height(widths, new Row(without(cells, flowing), 0)) <= space;
			if (text == null || fit < 2 || fit >= text.lines().size() || !othersFit) {
				if (this.fresh) {
					drawRow(widths, cells, height);
					return;
				}
				nextPage(widths, header);
				continue;
			}
			List<Cell> part = new ArrayList<>(cells);
			part.set(flowing, text.withLines(text.lines().subList(0, fit), List.of()));
			drawRow(widths, part, space);
			List<Cell> rest = new ArrayList<>(cells);
			rest.set(flowing, text.withLines(text.lines().subList(fit, text.lines().size()), text.bottom()));
			cells = rest;
			minHeight = Math.max(0, minHeight - space);
			nextPage(widths, header);
		}
	}

	private void nextPage(float[] widths, Row header) throws IOException {
		newPage();
		if (header != null) {
			drawRow(widths, header.cells(), height(widths, header));
		}
	}

	/**
	 * The cell whose lines may be split across pages: the non-vertical text with the
	 * most.
	 */
	private static int flowingCell(List<Cell> cells) {
		int best = -1;
		int most = 0;
		for (int i = 0; i < cells.size(); i++) {
			if (cells.get(i) instanceof Cell.Text text && !text.vertical() && text.lines().size() > most) {
				best = i;
				most = text.lines().size();
			}
		}
		return best;
	}

	private static List<Cell> without(List<Cell> cells, int index) {
		List<Cell> others = new ArrayList<>(cells);
		if (index >= 0) {
			others.set(index, new Cell.Choices(List.of()));
		}
		return others;
	}

	float height(float[] widths, Row row) {
		float height = row.minHeight();
		for (Cell cell : row.cells()) {
			height = Math.max(height, height(cell));
		}
		return height;
	}

	private static float height(Cell cell) {
		if (cell instanceof Cell.Text text) {
			if (text.vertical()) {
				return 2 * PADDING
						+ text.lines().stream().mapToInt((line) -> line.text().length()).sum() * VERTICAL_LEADING;
			}
			float foot = text.bottom().isEmpty() ? 0 : (text.bottom().size() + 1) * LEADING;
			return 2 * PADDING + text.lines().size() * LEADING + foot;
		}
		return (((Cell.Choices) cell).choices().isEmpty()) ? 0 : 2 * PADDING + LEADING;
	}

	private void drawRow(float[] widths, List<Cell> cells, float height) throws IOException {
		float x = left();
		float top = this.y;
		for (int i = 0; i < cells.size(); i++) {
			this.stream.addRect(x, top - height, widths[i], height);
			this.stream.stroke();
			Cell cell = cells.get(i);
			if (cell instanceof Cell.Text text) {
				drawText(text, x, top, widths[i], height);
			}
			else {
				drawChoices((Cell.Choices) cell, x, top, height);
			}
			x += widths[i];
		}
		this.y -= height;
		this.fresh = false;
	}

	private void drawText(Cell.Text text, float x, float top, float width, float height) throws IOException {
		if (text.vertical()) {
			String chars = String.join("", text.lines().stream().map(Line::text).toList());
			int[] points = chars.codePoints().toArray();
			float lineTop = top - (height - points.length * VERTICAL_LEADING) / 2;
			for (int point : points) {
				String one = new String(Character.toChars(point));
				show(one, SIZE, x + (width - this.wrapping.width(one)) / 2,
						lineTop - VERTICAL_LEADING / 2 - SIZE * 0.35f);
				lineTop -= VERTICAL_LEADING;
			}
			return;
		}
		float lineTop = text.centred() ? top - (height - text.lines().size() * LEADING) / 2 : top - PADDING;
		for (Line line : text.lines()) {
			float lineX = text.centred() ? x + (width - this.wrapping.width(line.text())) / 2
					: x + PADDING + line.indent();
			show(line.text(), SIZE, lineX, baseline(lineTop));
			lineTop -= LEADING;
		}
		float footTop = top - height + PADDING + text.bottom().size() * LEADING;
		for (String foot : text.bottom()) {
			show(foot, SIZE, x + width - PADDING - this.wrapping.width(foot) - SIZE, baseline(footTop));
			footTop -= LEADING;
		}
	}

	/**
	 * Label, then a drawn box (ticked or not): 有 ☑ 无 ☐ without relying on font glyphs.
	 */
	private void drawChoices(Cell.Choices cell, float x, float top, float height) throws IOException {
		float box = SIZE * 0.95f;
		float cursor = x + PADDING + SIZE * 2;
		float lineTop = top - (height - LEADING) / 2;
		float baseline = baseline(lineTop);
		for (Cell.Choice choice : cell.choices()) {
			show(choice.label(), SIZE, cursor, baseline);
			cursor += this.wrapping.width(choice.label()) + 4;
			float boxBottom = baseline - SIZE * 0.1f;
			this.stream.addRect(cursor, boxBottom, box, box);
			this.stream.stroke();
			if (choice.ticked()) {
				this.stream.setLineWidth(1.3f);
				this.stream.moveTo(cursor + box * 0.18f, boxBottom + box * 0.52f);
				this.stream.lineTo(cursor + box * 0.42f, boxBottom + box * 0.22f);
				this.stream.lineTo(cursor + box * 0.85f, boxBottom + box * 0.85f);
				this.stream.stroke();
				this.stream.setLineWidth(0.75f);
			}
			cursor += box + SIZE * 6;
		}
	}

	/**
	 * The baseline of a line whose box starts at {@code lineTop}, glyphs centred in it.
	 */
	private static float baseline(float lineTop) {
		return lineTop - LEADING / 2 - SIZE * 0.35f;
	}

	/** Writes the text as is; callers pass text that went through {@link Wrapping}. */
	void show(String text, float size, float x, float baseline) throws IOException {
		if (text.isEmpty()) {
			return;
		}
		this.stream.beginText();
		this.stream.setFont(this.font, size);
		this.stream.newLineAtOffset(x, baseline);
		this.stream.showText(this.wrapping.printable(text));
		this.stream.endText();
	}

	/**
	 * A QR code of {@code content} as filled squares, {@code size} points wide, its lower
	 * left corner at ({@code x}, {@code bottom}). The caller leaves the quiet zone white.
	 */
	void qr(String content, float x, float bottom, float size) throws IOException {
		BitMatrix matrix;
		try {
			matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 0,
					EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.CHARACTER_SET, "UTF-8"));
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("cannot encode a QR code of " + content, ex);
		}
		float module = size / matrix.getWidth();
		for (int row = 0; row < matrix.getHeight(); row++) {
			int column = 0;
			while (column < matrix.getWidth()) {
				if (!matrix.get(column, row)) {
					column++;
					continue;
				}
				int start = column;
				while (column < matrix.getWidth() && matrix.get(column, row)) {
					column++;
				}
				this.stream.addRect(x + start * module, bottom + size - (row + 1) * module, (column - start) * module,
						module);
			}
		}
		this.stream.fill();
	}

	/** The current cursor height (top of what comes next). */
	float y() {
		return this.y;
	}

	/** Numbers every page, puts the document id in each footer, and saves. */
	byte[] finish(String footerNote) throws IOException {
		this.stream.close();
		this.stream = null;
		int pages = this.document.getNumberOfPages();
		Wrapping small = this.wrapping.resized(FOOTER_SIZE);
		for (int i = 0; i < pages; i++) {
			PDPage page = this.document.getPage(i);
			try (PDPageContentStream footer = new PDPageContentStream(this.document, page, AppendMode.APPEND, true,
					true)) {
				String number = "第 " + (i + 1) + " 页 共 " + pages + " 页";
				writeFooter(footer, small.printable(footerNote), left());
				writeFooter(footer, number, left() + width() - small.width(number));
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.document.save(out);
		return out.toByteArray();
	}

	private void writeFooter(PDPageContentStream footer, String text, float x) throws IOException {
		footer.beginText();
		footer.setFont(this.font, FOOTER_SIZE);
		footer.newLineAtOffset(x, MARGIN / 2);
		footer.showText(text);
		footer.endText();
	}

	@Override
	public void close() throws IOException {
		if (this.stream != null) {
			this.stream.close();
		}
		this.document.close();
	}

}
