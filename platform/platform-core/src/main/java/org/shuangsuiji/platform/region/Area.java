package org.shuangsuiji.platform.region;

import java.util.Optional;

/**
 * What a supervision dashboard counts over: the whole country (全国) or one GB/T 2260
 * region. The nation is no region code: no record is filed under it, {@link RegionCode}
 * refuses it, and only the doors that take an {@code Area} (the dashboards) accept it
 * (ADR 0006).
 */
public sealed interface Area permits Area.Nation, Area.Region {

	/** The code the nation is asked for by, and the ministry's {@code region_code}. */
	String NATION_CODE = "000000";

	/** The whole country. */
	Area NATION = new Nation();

	static Area of(RegionCode region) {
		return new Region(region);
	}

	/** The nation for {@value #NATION_CODE}, else a region code; empty when neither. */
	static Optional<Area> parse(String code) {
		return NATION_CODE.equals(code) ? Optional.of(NATION) : RegionCode.parse(code).map(Area::of);
	}

	/** {@value #NATION_CODE} or the region's code. */
	String code();

	/** The digits every region code inside starts with, empty for the nation. */
	String prefix();

	/** Whether {@code other} is this area or lies inside it. */
	boolean covers(Area other);

	/** The whole country: covers every area. */
	record Nation() implements Area {

		@Override
		public String code() {
			return NATION_CODE;
		}

		@Override
		public String prefix() {
			return "";
		}

		@Override
		public boolean covers(Area other) {
			return true;
		}

		@Override
		public String toString() {
			return NATION_CODE;
		}

	}

	/** One province, city or county: covers the regions inside it, never the nation. */
	record Region(RegionCode region) implements Area {

		public Region {
			if (region == null) {
				throw new IllegalArgumentException("an area needs a region code");
			}
		}

		@Override
		public String code() {
			return this.region.value();
		}

		@Override
		public String prefix() {
			return this.region.prefix();
		}

		@Override
		public boolean covers(Area other) {
			return (other instanceof Region inside) && this.region.covers(inside.region);
		}

		@Override
		public String toString() {
			return this.region.value();
		}

	}

}
