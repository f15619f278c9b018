package org.shuangsuiji.scoring.sheet.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.shuangsuiji.scoring.sheet.HeaderValue;

/** Header or footer values to set, with the header version they replace. */
public record HeaderRequest(@NotNull @Min(0) Long version, @NotNull @Size(max = 40) Map<String, Value> values) {

	/** A text, or rows of a tabular field. */
	public record Value(@Size(max = 2000) String text, @Size(max = 20) List<Map<String, String>> rows) {

		HeaderValue toDomain() {
			return new HeaderValue(this.text, this.rows);
		}

	}

}
