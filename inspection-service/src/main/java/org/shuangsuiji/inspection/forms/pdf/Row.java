package org.shuangsuiji.inspection.forms.pdf;

import java.util.List;

/**
 * A table row: one cell per column, at least {@code minHeight} tall. A row whose text
 * does not fit on the page continues on the next one, its other cells repeated.
 */
record Row(List<Cell> cells, float minHeight) {

	Row {
		cells = List.copyOf(cells);
	}

}
