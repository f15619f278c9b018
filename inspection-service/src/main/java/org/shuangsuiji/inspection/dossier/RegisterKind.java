package org.shuangsuiji.inspection.dossier;

import java.util.Optional;

import org.shuangsuiji.platform.naming.ChineseNamed;

/** The three registers the plan names (新乡 2024 三、抽查内容), each with its date column. */
public enum RegisterKind implements ChineseNamed {

	/** 鉴定委托登记表: the day the commission was registered. */
	COMMISSION("鉴定委托登记表", "委托日期"),
	/** 鉴定材料登记表: the day the materials were received. */
	MATERIAL("鉴定材料登记表", "接收日期"),
	/** 司法鉴定意见书发放表: the day the opinion was issued. */
	OPINION_ISSUE("司法鉴定意见书发放表", "发放日期");

	private final String title;

	private final String dateColumn;

	RegisterKind(String title, String dateColumn) {
		this.title = title;
		this.dateColumn = dateColumn;
	}

	public String title() {
		return this.title;
	}

	public String dateColumn() {
		return this.dateColumn;
	}

	/** The register's Chinese name, its {@link #title()}. */
	@Override
	public String chineseName() {
		return this.title;
	}

	/**
	 * By name, case-insensitive, {@code opinion-issue} as well as {@code OPINION_ISSUE},
	 * or by title.
	 */
	public static Optional<RegisterKind> parse(String text) {
		return ChineseNamed.parse(RegisterKind.class, text.replace('-', '_'));
	}

}
