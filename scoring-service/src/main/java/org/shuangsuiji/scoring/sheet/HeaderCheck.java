package org.shuangsuiji.scoring.sheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shuangsuiji.platform.problem.InvalidInputException;
import org.shuangsuiji.scoring.template.HeaderField;
import org.shuangsuiji.scoring.template.Template;

/**
 * Header and footer values fit the template: each names one of its fields, a text is at
 * most {@value SheetService#MAX_TEXT} characters, a table (only where the field has
 * columns) has at most {@value #MAX_ROWS} rows of the field's columns. Every error is
 * reported at once.
 */
final class HeaderCheck {

	static final int MAX_ROWS = 20;

	private HeaderCheck() {
	}

	static void requireValid(Template template, Map<String, HeaderValue> values) {
		Map<String, HeaderField> fields = new LinkedHashMap<>();
		template.header().forEach((field) -> fields.put(field.key(), field));
		List<InvalidInputException.FieldError> errors = new ArrayList<>();
		values.forEach((key, value) -> {
			HeaderField field = fields.get(key);
			if (field == null) {
				errors.add(new InvalidInputException.FieldError("header." + key,
						"template " + template.templateId() + " has no header field '" + key + "'"));
			}
			else if (value != null) {
				check(key, field, value, errors);
			}
		});
		if (!errors.isEmpty()) {
			throw new InvalidInputException("invalid-header", errors);
		}
	}

	private static void check(String key, HeaderField field, HeaderValue value,
			List<InvalidInputException.FieldError> errors) {
		if (value.text() != null && value.text().length() > SheetService.MAX_TEXT) {
			errors.add(new InvalidInputException.FieldError("header." + key,
					"at most " + SheetService.MAX_TEXT + " characters"));
		}
		if (!value.rows().isEmpty() && field.columns().isEmpty()) {
			errors
				.add(new InvalidInputException.FieldError("header." + key, field.label() + " is a text, not a table"));
		}
		if (value.rows().size() > MAX_ROWS) {
			errors.add(new InvalidInputException.FieldError("header." + key, "at most " + MAX_ROWS + " rows"));
		}
		for (Map<String, String> row : value.rows()) {
			for (Map.Entry<String, String> cell : row.entrySet()) {
				boolean known = field.columns().stream().anyMatch((column) -> column.key().equals(cell.getKey()));
				if (!known) {
					errors.add(new InvalidInputException.FieldError("header." + key + "." + cell.getKey(),
							field.label() + " has no column '" + cell.getKey() + "'"));
				}
				else if (cell.getValue() != null && cell.getValue().length() > SheetService.MAX_TEXT) {
					errors.add(new InvalidInputException.FieldError("header." + key + "." + cell.getKey(),
							"at most " + SheetService.MAX_TEXT + " characters"));
				}
			}
		}
	}

}
