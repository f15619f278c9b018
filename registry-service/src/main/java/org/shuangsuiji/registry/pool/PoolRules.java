package org.shuangsuiji.registry.pool;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.registry.input.Categories;
import org.shuangsuiji.registry.input.Problems;
import org.shuangsuiji.registry.input.Text;
import org.shuangsuiji.registry.region.RegionTree;
import org.shuangsuiji.registry.region.Regions;

/** Checks pool members and names what identifies them. */
public final class PoolRules {

	private static final Pattern CERT_NO = Pattern.compile("[0-9A-Za-z\\-]{4,32}");

	private PoolRules() {
	}

	public static Optional<Inspector> inspector(String id, PoolInput input, Long version, RegionTree tree,
			Problems problems) {
		int before = problems.all().size();
		String name = required(input.name(), "name", problems);
		String unit = required(input.unit(), "unit", problems);
		String certNo = Text.clean(input.lawEnforcementCertNo());
		if (certNo != null && !CERT_NO.matcher(certNo).matches()) {
			problems.malformed("invalid-input", "lawEnforcementCertNo",
					"'" + certNo + "' is not a 执法证号 (4-32 letters, digits or -)");
		}
		RegionCode region = Regions.parse(input.regionCode(), "regionCode", false, tree, problems).orElse(null);
		if (problems.all().size() > before) {
			return Optional.empty();
		}
		return Optional
			.of(new Inspector(id, name, certNo, unit, region, !Boolean.FALSE.equals(input.active()), version));
	}

	public static Optional<Expert> expert(String id, PoolInput input, Long version, RegionTree tree,
			Problems problems) {
		int before = problems.all().size();
		String name = required(input.name(), "name", problems);
		String unit = required(input.unit(), "unit", problems);
		Set<BusinessCategory> specialities = Categories.parse(input.specialities(), "specialities", true, problems);
		RegionCode region = Regions.parse(input.regionCode(), "regionCode", false, tree, problems).orElse(null);
		if (problems.all().size() > before) {
			return Optional.empty();
		}
		return Optional
			.of(new Expert(id, name, specialities, unit, region, !Boolean.FALSE.equals(input.active()), version));
	}

	/**
	 * {@code cert:<执法证号>} when there is one, else {@code person:<name>|<unit>|<region>}:
	 * unique in the pool, so imports are idempotent upserts.
	 */
	public static String naturalKey(String certNo, String name, String unit, RegionCode region) {
		if (certNo != null) {
			return "cert:" + certNo.toUpperCase(java.util.Locale.ROOT);
		}
		return "person:" + name + "|" + unit + "|" + region;
	}

	private static String required(String text, String field, Problems problems) {
		String cleaned = Text.clean(text);
		if (cleaned == null) {
			problems.malformed("invalid-input", field, "is required");
		}
		return cleaned;
	}

}
