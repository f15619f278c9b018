package org.shuangsuiji.registry.agency;

import java.util.Arrays;
import java.util.Optional;

/** Whether an agency may practise: 执业, 暂停执业 or 注销. */
public enum AgencyStatus {

	ACTIVE("执业"), SUSPENDED("暂停执业"), CANCELLED("注销");

	private final String chineseName;

	AgencyStatus(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

	/** By code ({@code ACTIVE}) or Chinese name (执业). */
	public static Optional<AgencyStatus> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String trimmed = text.trim();
		return Arrays.stream(values())
			.filter((s) -> s.name().equalsIgnoreCase(trimmed) || s.chineseName.equals(trimmed))
			.findFirst();
	}

}
