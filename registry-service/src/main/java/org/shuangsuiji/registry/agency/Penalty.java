package org.shuangsuiji.registry.agency;

import java.time.LocalDate;

/**
 * A 行政处罚, 行政处理 or 行业惩戒 and its rectification (新乡 header: 被行政处罚、行政处理和行业惩戒及整改情况).
 *
 * @param id stable id within the agency
 * @param kind which kind of measure
 * @param decidedOn day of the decision
 * @param authority who decided
 * @param decisionNumber 决定书文号, may be empty
 * @param description what for and what was imposed
 * @param rectificationDeadline 整改期限, may be empty
 * @param rectifiedOn the day rectification was confirmed, empty while open
 * @param rectificationNote how it was rectified
 */
public record Penalty(String id, Kind kind, LocalDate decidedOn, String authority, String decisionNumber,
		String description, LocalDate rectificationDeadline, LocalDate rectifiedOn, String rectificationNote) {

	public boolean open() {
		return this.rectifiedOn == null;
	}

	public Penalty rectified(LocalDate on, String note) {
		return new Penalty(this.id, this.kind, this.decidedOn, this.authority, this.decisionNumber, this.description,
				this.rectificationDeadline, on, note);
	}

	/** 行政处罚, 行政处理 or 行业惩戒. */
	public enum Kind {

		ADMINISTRATIVE_PENALTY("行政处罚"), ADMINISTRATIVE_MEASURE("行政处理"), PROFESSIONAL_DISCIPLINE("行业惩戒");

		private final String chineseName;

		Kind(String chineseName) {
			this.chineseName = chineseName;
		}

		public String chineseName() {
			return this.chineseName;
		}

	}

}
