package org.shuangsuiji.nationaldata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The division codes of the 31 provinces down to the county-level units, read from the
 * platform's one region list {@code regions/gb2260.csv} in platform-core (source and date
 * in its header), the same list the registry's region tree is read from.
 */
public final class RegionCatalogue {

	/** One division: its code, level (province, city or county-level unit) and name. */
	public record Division(String code, Level level, String name) {

		public String province() {
			return this.code.substring(0, 2) + "0000";
		}

		public String city() {
			return this.code.substring(0, 4) + "00";
		}

		/** A 市辖区 (county digits 01-20): where a city's agencies cluster. */
		public boolean isUrbanDistrict() {
			int county = Integer.parseInt(this.code.substring(4));
			return this.level == Level.COUNTY && county >= 1 && county <= 20;
		}

	}

	/** The three levels of GB/T 2260 the platform uses. */
	public enum Level {

		PROVINCE, CITY, COUNTY

	}

	private final Map<String, Division> byCode;

	private RegionCatalogue(Map<String, Division> byCode) {
		this.byCode = byCode;
	}

	/** The catalogue shipped with the generator. */
	public static RegionCatalogue national() {
		try (InputStream in = RegionCatalogue.class.getResourceAsStream("/regions/gb2260.csv")) {
			if (in == null) {
				throw new IllegalStateException("regions/gb2260.csv is missing from the class path");
			}
			return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static RegionCatalogue read(BufferedReader reader) throws IOException {
		Map<String, Division> divisions = new LinkedHashMap<>();
		String line;
		while ((line = reader.readLine()) != null) {
			if (line.isBlank() || line.startsWith("#") || line.startsWith("code,")) {
				continue;
			}
			String[] cells = line.split(",", 2);
			divisions.put(cells[0], new Division(cells[0], levelOf(cells[0]), cells[1]));
		}
		return new RegionCatalogue(Collections.unmodifiableMap(divisions));
	}

	/**
	 * GB/T 2260: xx0000 a province, xxxx00 a city (or pseudo-city), else a county-level
	 * unit.
	 */
	private static Level levelOf(String code) {
		if (code.endsWith("0000")) {
			return Level.PROVINCE;
		}
		return code.endsWith("00") ? Level.CITY : Level.COUNTY;
	}

	public List<Division> all(Level level) {
		return this.byCode.values().stream().filter((d) -> d.level() == level).toList();
	}

	public Optional<Division> find(String code) {
		return Optional.ofNullable(this.byCode.get(code));
	}

	public Division get(String code) {
		return find(code).orElseThrow(() -> new IllegalArgumentException("no division " + code));
	}

	/** The county-level units of a province or a city, in code order. */
	public List<Division> countiesUnder(String code) {
		String prefix = (code.endsWith("0000")) ? code.substring(0, 2) : code.substring(0, 4);
		List<Division> counties = new ArrayList<>();
		for (Division division : this.byCode.values()) {
			if (division.level() == Level.COUNTY && division.code().startsWith(prefix)) {
				counties.add(division);
			}
		}
		return counties;
	}

	/** A readable place name: the city's name before the county's, when it has one. */
	public String placeName(Division county) {
		Division city = this.byCode.get(county.city());
		Division province = this.byCode.get(county.province());
		String cityName = (city == null || city.name().equals("市辖区") || city.name().startsWith("省直辖")) ? ""
				: city.name();
		return ((province != null) ? province.name() : "") + cityName + county.name();
	}

}
