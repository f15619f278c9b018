package org.shuangsuiji.scoring.engine;

import java.math.BigDecimal;

/**
 * Decimal helpers: results carry no trailing zeros and never an exponent (100, not 1E+2).
 */
final class Points {

	static final BigDecimal ZERO = BigDecimal.ZERO;

	private Points() {
	}

	static BigDecimal normalize(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	static BigDecimal normalizeNullable(BigDecimal value) {
		return (value != null) ? normalize(value) : null;
	}

}
