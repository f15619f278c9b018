package org.shuangsuiji.registry.agency;

import java.math.BigDecimal;
import java.util.Set;

/**
 * The practice premises (执业场所).
 *
 * @param areaSquareMetres floor area in m², {@code null} when not recorded
 * @param zones the functional areas that exist
 */
public record Premises(BigDecimal areaSquareMetres, Set<FunctionalZone> zones) {

	public Premises {
		zones = (zones != null) ? Set.copyOf(zones) : Set.of();
	}

	public static Premises unknown() {
		return new Premises(null, Set.of());
	}

}
