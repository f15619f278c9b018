package org.shuangsuiji.registry.agency;

import java.util.Arrays;
import java.util.Optional;

/** The functional areas of the premises that 新乡 item 1 and 鄂州 item 7 look for. */
public enum FunctionalZone {

	RECEPTION("接待室"), EXAMINATION("检查室"), APPRAISAL("鉴定室"), ARCHIVE("档案室"), LABORATORY("实验室"),
	MATERIAL_STORAGE("检材保管室");

	private final String chineseName;

	FunctionalZone(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

	public static Optional<FunctionalZone> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String trimmed = text.trim();
		return Arrays.stream(values())
			.filter((z) -> z.name().equalsIgnoreCase(trimmed) || z.chineseName.equals(trimmed))
			.findFirst();
	}

}
