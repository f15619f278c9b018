package org.shuangsuiji.scoring.sheet;

import java.util.List;
import java.util.Map;

/**
 * The value of a header or footer field: a text, or rows for a tabular field (证书编号, 有效期,
 * 发证机关名称).
 */
public record HeaderValue(String text, List<Map<String, String>> rows) {

	public HeaderValue {
		rows = (rows != null) ? rows.stream().map(Map::copyOf).toList() : List.of();
	}

}
