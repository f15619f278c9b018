package org.shuangsuiji.registry.region;

import java.util.Optional;

import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.region.RegionLevel;
import org.shuangsuiji.registry.input.Problems;
import org.shuangsuiji.registry.input.Text;

/** Reads a region code typed by a person and checks it against the tree. */
public final class Regions {

	private Regions() {
	}

	/**
	 * A six-digit code (else 400) that the tree knows (else 422 {@code region-unknown})
	 * and, when {@code countyOnly}, is a county-level unit (else 422
	 * {@code region-not-county}).
	 */
	public static Optional<RegionCode> parse(String text, String field, boolean countyOnly, RegionTree tree,
			Problems problems) {
		String cleaned = Text.clean(text);
		if (cleaned == null) {
			problems.malformed("invalid-input", field, "a region code is required");
			return Optional.empty();
		}
		Optional<RegionCode> code = RegionCode.parse(cleaned);
		if (code.isEmpty()) {
			problems.malformed("invalid-input", field, "'" + cleaned + "' is not a six-digit GB/T 2260 region code");
			return Optional.empty();
		}
		Optional<Region> region = tree.find(code.get());
		if (region.isEmpty()) {
			problems.rule("region-unknown", field, "region " + cleaned + " is not in the registry's GB/T 2260 tree");
			return Optional.empty();
		}
		if (countyOnly && region.get().level() != RegionLevel.COUNTY) {
			problems.rule("region-not-county", field,
					cleaned + " " + region.get().name() + " is not a county-level region (县, 县级市, 区)");
			return Optional.empty();
		}
		return code;
	}

}
