package org.shuangsuiji.inspection.forms.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Breaks text into lines that fit a width. Chinese breaks between any two characters; a
 * run of Latin letters or digits (a certificate number, a URL) moves whole to the next
 * line when it fits there; closing punctuation never starts a line (the simple form of
 * 禁则). Explicit line breaks are kept. A character the font has no glyph for prints as "?"
 * (a rare character in a name must not stop a form from being printed; the source record
 * keeps the true text).
 */
final class Wrapping {

	private static final String NO_LINE_START = "，。、；：？！）》」』】〕”’,.;:?!)]%";

	private final PDFont font;

	private final float size;

	private final IntPredicate hasGlyph;

	Wrapping(PDFont font, float size, IntPredicate hasGlyph) {
		this.font = font;
		this.size = size;
		this.hasGlyph = hasGlyph;
	}

	Wrapping resized(float newSize) {
		return new Wrapping(this.font, newSize, this.hasGlyph);
	}

	/** Control characters become spaces, characters without a glyph "?". */
	String printable(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach((point) -> {
			if (Character.isISOControl(point) || Character.isWhitespace(point)) {
				out.append(' ');
			}
			else if (this.hasGlyph.test(point)) {
				out.appendCodePoint(point);
			}
			else {
				out.append('?');
			}
		});
		return out.toString();
	}

	float width(String text) {
		try {
			return this.font.getStringWidth(printable(text)) / 1000f * this.size;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	List<Line> wrap(String text, float width) {
		return wrap("", text, width);
	}

	/**
	 * Lines of {@code prefix + text}; lines after the first are indented by the prefix's
	 * width (a hanging indent for "1. ", "2. ").
	 */
	List<Line> wrap(String prefix, String text, float width) {
		float indent = width(prefix);
		List<Line> lines = new ArrayList<>();
		String[] paragraphs = text.split("\r?\n", -1);
		for (int p = 0; p < paragraphs.length; p++) {
			paragraphs[p] = printable(paragraphs[p]);
		}
		for (int p = 0; p < paragraphs.length; p++) {
			boolean first = p == 0;
			String head = first ? prefix : "";
			float start = first ? 0 : indent;
			for (String piece : breakParagraph(paragraphs[p], width - indent, width - start - width(head))) {
				lines.add(new Line(head + piece, start));
				head = "";
				start = indent;
			}
		}
		return lines;
	}

	/** The first line may be narrower than the rest (it carries the prefix). */
	private List<String> breakParagraph(String text, float width, float firstWidth) {
		List<String> out = new ArrayList<>();
		if (text.isEmpty()) {
			out.add("");
			return out;
		}
		int[] points = text.codePoints().toArray();
		int lineStart = 0;
		float available = firstWidth;
		float used = 0;
		int i = 0;
		while (i < points.length) {
			float w = width(new String(points, i, 1));
			if (used + w <= available || i == lineStart) {
				used += w;
				i++;
				continue;
			}
			int cut = breakPoint(points, lineStart, i);
			out.add(new String(points, lineStart, cut - lineStart).stripTrailing());
			lineStart = cut;
			while (lineStart < points.length && points[lineStart] == ' ') {
				lineStart++;
			}
			i = lineStart;
			used = 0;
			available = width;
		}
		out.add(new String(points, lineStart, points.length - lineStart));
		return out;
	}

	/** Where to end the line that overflows at {@code i}. */
	private int breakPoint(int[] points, int lineStart, int i) {
		if (isWordChar(points[i]) && isWordChar(points[i - 1])) {
			int wordStart = i;
			while (wordStart > lineStart && isWordChar(points[wordStart - 1])) {
				wordStart--;
			}
			if (wordStart > lineStart) {
				return wordStart;
			}
		}
		if (NO_LINE_START.indexOf(points[i]) >= 0 && i - 1 > lineStart) {
			return i - 1;
		}
		return i;
	}

	private static boolean isWordChar(int codePoint) {
		return codePoint < 0x2E80 && codePoint != ' ' && !Character.isWhitespace(codePoint);
	}

}
