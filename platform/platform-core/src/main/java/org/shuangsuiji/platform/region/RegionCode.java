package org.shuangsuiji.platform.region;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An administrative division code of GB/T 2260 (行政区划代码): six digits, two each for
 * province, city and county. {@code 410000} 河南省, {@code 410700} 新乡市, {@code 410725} 原阳县.
 * <p>
 * Scope in the platform is by prefix: a province code covers every code starting with its
 * first two digits, a city code every code starting with its first four, a county only
 * itself.
 */
public record RegionCode(String value) implements Comparable<RegionCode> {

	private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

	public RegionCode {
		if (value == null || !SIX_DIGITS.matcher(value).matches()) {
			throw new IllegalArgumentException("region code must be six digits (GB/T 2260), got: " + value);
		}
		if (value.startsWith("00")) {
			throw new IllegalArgumentException("region code has no province part: " + value);
		}
		if (value.substring(2, 4).equals("00") && !value.endsWith("0000")) {
			throw new IllegalArgumentException("region code has a county part but no city part: " + value);
		}
	}

	public static RegionCode of(String value) {
		return new RegionCode(value);
	}

	/**
	 * Parses without throwing, for input that comes from outside (tokens, query strings).
	 */
	public static Optional<RegionCode> parse(String value) {
		try {
			return Optional.of(new RegionCode(value));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	public RegionLevel level() {
		if (this.value.endsWith("0000")) {
			return RegionLevel.PROVINCE;
		}
		if (this.value.endsWith("00")) {
			return RegionLevel.CITY;
		}
		return RegionLevel.COUNTY;
	}

	/** The digits every code inside this region starts with. */
	public String prefix() {
		return switch (level()) {
			case PROVINCE -> this.value.substring(0, 2);
			case CITY -> this.value.substring(0, 4);
			case COUNTY -> this.value;
		};
	}

	/** Whether {@code other} is this region or lies inside it. */
	public boolean covers(RegionCode other) {
		return other.value.startsWith(prefix());
	}

	public RegionCode province() {
		return new RegionCode(this.value.substring(0, 2) + "0000");
	}

	/** The city of a county, the city itself, or empty for a province. */
	public Optional<RegionCode> city() {
		if (level() == RegionLevel.PROVINCE) {
			return Optional.empty();
		}
		return Optional.of(new RegionCode(this.value.substring(0, 4) + "00"));
	}

	/** The region one level up, or empty for a province. */
	public Optional<RegionCode> parent() {
		return switch (level()) {
			case PROVINCE -> Optional.empty();
			case CITY -> Optional.of(province());
			case COUNTY -> city();
		};
	}

	@Override
	public int compareTo(RegionCode other) {
		return this.value.compareTo(other.value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
