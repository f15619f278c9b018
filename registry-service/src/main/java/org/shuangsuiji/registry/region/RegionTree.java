package org.shuangsuiji.registry.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.shuangsuiji.platform.problem.RuleViolationException;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.region.RegionLevel;

/**
 * The province → city → county tree the registry knows, read once from the data file in
 * platform-core ({@code regions/gb2260.csv}). Immutable.
 */
public final class RegionTree {

	private final Map<RegionCode, Region> byCode;

	private final Map<RegionCode, List<Region>> children;

	private RegionTree(Map<RegionCode, Region> byCode) {
		this.byCode = Collections.unmodifiableMap(byCode);
		Map<RegionCode, List<Region>> kids = new LinkedHashMap<>();
		for (Region region : byCode.values()) {
			region.parent().ifPresent((parent) -> kids.computeIfAbsent(parent, (p) -> new ArrayList<>()).add(region));
		}
		kids.replaceAll((code, list) -> List.copyOf(list));
		this.children = Collections.unmodifiableMap(kids);
	}

	/** The platform's region list, shipped in platform-core (ADR 0200). */
	public static final String SHIPPED = "/regions/gb2260.csv";

	/** The tree of the platform's region list ({@link #SHIPPED}). */
	public static RegionTree shipped() {
		java.io.InputStream in = RegionTree.class.getResourceAsStream(SHIPPED);
		if (in == null) {
			throw new IllegalStateException(SHIPPED + " is missing from the classpath");
		}
		return parse(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
	}

	/**
	 * Reads {@code code,name} lines; blank lines and lines starting with {@code #} are
	 * comments. Every region's parent must appear in the file.
	 */
	public static RegionTree parse(Reader source) {
		Map<RegionCode, Region> byCode = new LinkedHashMap<>();
		try (BufferedReader reader = new BufferedReader(source)) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				String trimmed = line.strip();
				if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("code,")) {
					continue;
				}
				String[] parts = trimmed.split(",", 2);
				if (parts.length != 2) {
					throw new IllegalArgumentException("line " + number + ": expected code,name but got " + trimmed);
				}
				Region region = new Region(RegionCode.of(parts[0].strip()), parts[1].strip());
				if (byCode.put(region.code(), region) != null) {
					throw new IllegalArgumentException("line " + number + ": region " + region.code() + " twice");
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		for (Region region : byCode.values()) {
			region.parent().ifPresent((parent) -> {
				if (!byCode.containsKey(parent)) {
					throw new IllegalArgumentException(
							"region " + region.code() + " " + region.name() + " has no parent " + parent);
				}
			});
		}
		return new RegionTree(byCode);
	}

	public Optional<Region> find(RegionCode code) {
		return Optional.ofNullable(this.byCode.get(code));
	}

	/** The region, or a 422 {@code region-unknown} naming {@code field}. */
	public Region require(RegionCode code, String field) {
		return find(code).orElseThrow(() -> new RuleViolationException("region-unknown",
				field + ": region " + code + " is not in the registry's GB/T 2260 tree")
			.with("field", field));
	}

	/**
	 * A county-level unit (县, 县级市, 区) the registry knows; agencies are registered there.
	 * Anything else is a 422 naming {@code field}.
	 */
	public Region requireCounty(RegionCode code, String field) {
		Region region = require(code, field);
		if (region.level() != RegionLevel.COUNTY) {
			throw new RuleViolationException("region-not-county",
					field + ": " + code + " " + region.name() + " is not a county-level region")
				.with("field", field);
		}
		return region;
	}

	public List<Region> provinces() {
		return this.byCode.values().stream().filter((r) -> r.level() == RegionLevel.PROVINCE).toList();
	}

	public List<Region> children(RegionCode code) {
		return this.children.getOrDefault(code, List.of());
	}

	/** From the province down to the region's parent. */
	public List<Region> ancestors(RegionCode code) {
		List<Region> up = new ArrayList<>();
		Optional<RegionCode> parent = code.parent();
		while (parent.isPresent()) {
			find(parent.get()).ifPresent(up::add);
			parent = parent.get().parent();
		}
		Collections.reverse(up);
		return List.copyOf(up);
	}

	public int size() {
		return this.byCode.size();
	}

}
