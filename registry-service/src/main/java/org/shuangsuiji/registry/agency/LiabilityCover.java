package org.shuangsuiji.registry.agency;

import java.time.LocalDate;

import org.shuangsuiji.platform.naming.ChineseNamed;

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
	public enum Kind implements ChineseNamed {

		INSURANCE("执业责任保险"), RISK_FUND("执业风险金");

		private final String chineseName;

		Kind(String chineseName) {
			this.chineseName = chineseName;
		}

		@Override
		public String chineseName() {
			return this.chineseName;
		}

	}

}
