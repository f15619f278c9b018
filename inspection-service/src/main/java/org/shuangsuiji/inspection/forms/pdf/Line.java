package org.shuangsuiji.inspection.forms.pdf;

/** One laid-out line of text, {@code indent} points in from the cell's text edge. */
record Line(String text, float indent) {

	static Line of(String text) {
		return new Line(text, 0);
	}

}
