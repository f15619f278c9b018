package org.shuangsuiji.inspection.forms;

import java.time.LocalDate;
import java.time.ZoneId;

/** Dates as the forms print them: {@code 2024年6月11日}, in China Standard Time. */
public final class ChineseDates {

	/** Forms are dated in China Standard Time whatever the server's zone. */
	public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private ChineseDates() {
	}

	public static String format(LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

}
