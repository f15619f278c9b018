package org.shuangsuiji.registry.appraiser;

import java.util.Arrays;
import java.util.Optional;

/** 执业, 暂停执业, 已离职 (left the agency) or 注销. */
public enum AppraiserStatus {

	ACTIVE("执业"), SUSPENDED("暂停执业"), LEFT("已离职"), CANCELLED("注销");

	private final String chineseName;

	AppraiserStatus(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

	public static Optional<AppraiserStatus> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String trimmed = text.trim();
		return Arrays.stream(values())
			.filter((s) -> s.name().equalsIgnoreCase(trimmed) || s.chineseName.equals(trimmed))
			.findFirst();
	}

}
