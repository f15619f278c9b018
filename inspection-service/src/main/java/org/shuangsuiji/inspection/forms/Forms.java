package org.shuangsuiji.inspection.forms;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.shuangsuiji.platform.category.BusinessCategory;

/** Checks and wording shared by the form records. */
final class Forms {

	private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");

	private Forms() {
	}

	static String requireText(String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank");
		}
		return value.strip();
	}

	static <T> List<T> copy(List<T> values, String name) {
		Objects.requireNonNull(values, name);
		return List.copyOf(values);
	}

	static String requireSha256(String hash) {
		if (hash == null || !SHA_256_HEX.matcher(hash).matches()) {
			throw new IllegalArgumentException("content hash must be 64 lower-case hex digits (SHA-256)");
		}
		return hash;
	}

	static int requireYear(int year) {
		if (year < 2000 || year > 2100) {
			throw new IllegalArgumentException("year " + year + " is out of range");
		}
		return year;
	}

	/** 法医临床、法医病理, the order given; "无" for none. */
	static String categories(List<BusinessCategory> categories) {
		if (categories.isEmpty()) {
			return Certificates.NONE;
		}
		return String.join("、", categories.stream().map(BusinessCategory::chineseName).toList());
	}

}
