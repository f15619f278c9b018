package org.shuangsuiji.scoring.template;

import java.util.List;

/**
 * A field of the sheet's header or footer (机构名称, 统一社会信用代码, 检查人员签名 …).
 *
 * @param key stable key ({@code [A-Za-z0-9_-]+})
 * @param label the seed's wording
 * @param placement above or below the items
 * @param columns for a field that is a small table (证书编号, 有效期, 发证机关名称), its columns;
 * empty for a plain text field
 */
public record HeaderField(String key, String label, Placement placement, List<Column> columns) {

	public HeaderField {
		columns = (columns != null) ? List.copyOf(columns) : List.of();
	}

	/** Where a field sits on the sheet. */
	public enum Placement {

		HEADER, FOOTER

	}

	/** A column of a tabular field. */
	public record Column(String key, String label) {

	}

}
