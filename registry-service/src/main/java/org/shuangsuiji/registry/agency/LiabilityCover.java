package org.shuangsuiji.registry.agency;

import java.time.LocalDate;

/**
 * Professional liability cover (鄂州 item 11): 司法鉴定执业责任保险 or an 执业风险金 fund.
 *
 * @param kind insurance or fund
 * @param provider insurer, or the bank holding the fund
 * @param reference policy or account number
 * @param validUntil last day covered
 */
public record LiabilityCover(Kind kind, String provider, String reference, LocalDate validUntil) {

	public boolean validOn(LocalDate day) {
		return this.validUntil != null && !this.validUntil.isBefore(day);
	}

	/** 执业责任保险 or 执业风险金. */
	public enum Kind {

		INSURANCE("执业责任保险"), RISK_FUND("执业风险金");

		private final String chineseName;

		Kind(String chineseName) {
			this.chineseName = chineseName;
		}

		public String chineseName() {
			return this.chineseName;
		}

		public static java.util.Optional<Kind> parse(String text) {
			if (text == null) {
				return java.util.Optional.empty();
			}
			String trimmed = text.trim();
			return java.util.Arrays.stream(values())
				.filter((k) -> k.name().equalsIgnoreCase(trimmed) || k.chineseName.equals(trimmed))
				.findFirst();
		}

	}

}
