package org.shuangsuiji.inspection.forms.pdf;

import java.util.List;

/** Builds the cells the forms use, wrapped to their column's width. */
final class Tables {

	private final Wrapping wrapping;

	Tables(Wrapping wrapping) {
		this.wrapping = wrapping;
	}

	Wrapping wrapping() {
		return this.wrapping;
	}

	/** A label cell: centred in its box. */
	Cell label(String text, float width) {
		return new Cell.Text(this.wrapping.wrap(text, width - 2 * PageFlow.PADDING), true, false, List.of());
	}

	/** The seed's vertical labels: one character a line. */
	Cell vertical(String text) {
		return new Cell.Text(List.of(Line.of(text)), false, true, List.of());
	}

	Cell text(String text, float width, List<String> bottom) {
		return new Cell.Text(this.wrapping.wrap(text, width - 2 * PageFlow.PADDING), false, false, bottom);
	}

	Cell centred(String text, float width) {
		return label(text, width);
	}

	Row labelled(String label, String value, float[] widths) {
		return new Row(List.of(label(label, widths[0]), text(value, widths[1], List.of())), 0);
	}

}
