package org.shuangsuiji.platform.naming;

import java.util.Arrays;
import java.util.Optional;

/**
 * An enum constant with the name Chinese forms and registers write for it (执业, 法医临床), so
 * a file or a query may name it either way.
 */
public interface ChineseNamed {

	String chineseName();

	/**
	 * The constant of {@code type} whose code ({@code ACTIVE}, any case) or Chinese name
	 * (执业) is {@code text} trimmed; empty for {@code null} or no match.
	 */
	static <E extends Enum<E> & ChineseNamed> Optional<E> parse(Class<E> type, String text) {
		if (text == null) {
			return Optional.empty();
		}
		String trimmed = text.trim();
		return Arrays.stream(type.getEnumConstants())
			.filter((constant) -> constant.name().equalsIgnoreCase(trimmed) || constant.chineseName().equals(trimmed))
			.findFirst();
	}

}
