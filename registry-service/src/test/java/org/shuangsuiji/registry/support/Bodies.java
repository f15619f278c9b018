package org.shuangsuiji.registry.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shuangsuiji.registry.agency.CreditCode;

/** Request bodies that read as sentences. */
public final class Bodies {

	private Bodies() {
	}

	/** A valid credit code for a county and a sequence number. */
	public static String creditCode(String county, int seq) {
		return CreditCode.withCheckCharacter("52" + county + "MA" + String.format("%07d", seq)).value();
	}

	/**
	 * An agency in {@code county} with the categories, well run enough to carry only
	 * staffing flags.
	 */
	public static Map<String, Object> agency(String name, String county, int seq, String... categories) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("creditCode", creditCode(county, seq));
		body.put("regionCode", county);
		body.put("address", "测试路" + seq + "号");
		body.put("legalRepresentative", "法人" + seq);
		body.put("contactPerson", "联系人" + seq);
		body.put("contactPhone", "0373-" + (1000000 + seq));
		body.put("categories", List.of(categories));
		body.put("licence", Map.of("number", "XK-" + seq, "issuer", "河南省司法厅", "validFrom", "2021-01-01", "validUntil",
				"2099-12-31"));
		body.put("certificates", new ArrayList<>());
		body.put("premises", Map.of("areaSquareMetres", 150, "zones", List.of("RECEPTION", "ARCHIVE")));
		body.put("equipment", new ArrayList<>());
		body.put("liability",
				Map.of("kind", "INSURANCE", "provider", "测试保险", "reference", "P-" + seq, "validUntil", "2099-12-31"));
		return body;
	}

	public static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
		Map<String, Object> copy = new LinkedHashMap<>(body);
		copy.put(key, value);
		return copy;
	}

	public static Map<String, Object> appraiser(String name, String certificateNo, String agencyId,
			String... categories) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("certificateNo", certificateNo);
		body.put("certificateIssuedOn", "2015-03-01");
		body.put("agencyId", agencyId);
		body.put("categories", List.of(categories));
		body.put("training", List.of(Map.of("year", 2024, "hours", 48), Map.of("year", 2025, "hours", 52)));
		return body;
	}

}
