package org.shuangsuiji.inspection.forms.pdf;

import java.util.List;

/** What a table cell holds. */
sealed interface Cell {

	/**
	 * Text from the top: wrapped lines, optionally centred, or stacked one character a
	 * line (the seed's vertical labels 确认的主要事实, 具体意见建议). {@code bottom} lines sit
	 * right-aligned at the cell's foot (公章 and signature lines).
	 */
	record Text(List<Line> lines, boolean centred, boolean vertical, List<String> bottom) implements Cell {

		public Text {
			lines = List.copyOf(lines);
			bottom = List.copyOf(bottom);
		}

		Text withLines(List<Line> part, List<String> foot) {
			return new Text(part, this.centred, this.vertical, foot);
		}

	}

	/** Tick boxes drawn side by side, e.g. 有□ 无☑. */
	record Choices(List<Choice> choices) implements Cell {

		public Choices {
			choices = List.copyOf(choices);
		}

	}

	record Choice(String label, boolean ticked) {

	}

}
