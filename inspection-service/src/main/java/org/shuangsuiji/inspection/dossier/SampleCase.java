package org.shuangsuiji.inspection.dossier;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A case file in the sampling window, with what the weighting reads.
 *
 * @param caseNumber the case number, the file's identity
 * @param category 业务类别
 * @param type 鉴定类型
 * @param difficult 疑难 on any of its register rows in the window
 * @param unusual 非常规 on any of its register rows in the window
 * @param dates the in-window date of each register it is on
 */
public record SampleCase(String caseNumber, String category, String type, boolean difficult, boolean unusual,
		SortedMap<RegisterKind, LocalDate> dates) {

	public SampleCase {
		dates = new TreeMap<>(dates);
	}

	/** Its weight under the rule of ADR 0403: 1, +2 core category, +2 疑难, +2 非常规. */
	public int weight(boolean core) {
		return SampleWeights.BASE + (core ? SampleWeights.CORE : 0) + (this.difficult ? SampleWeights.DIFFICULT : 0)
				+ (this.unusual ? SampleWeights.UNUSUAL : 0);
	}

	Map<String, Object> json(boolean core) {
		Map<String, Object> dateJson = new LinkedHashMap<>();
		this.dates.forEach((kind, day) -> dateJson.put(kind.name(), day.toString()));
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("caseNumber", this.caseNumber);
		json.put("category", this.category);
		json.put("type", this.type);
		json.put("difficult", this.difficult);
		json.put("unusual", this.unusual);
		json.put("core", core);
		json.put("weight", weight(core));
		json.put("dates", dateJson);
		return json;
	}

}
