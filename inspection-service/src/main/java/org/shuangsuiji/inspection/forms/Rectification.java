package org.shuangsuiji.inspection.forms;

/** Where an agency's rectification (整改) stands when the summary is written. */
public enum Rectification {

	NOT_REQUIRED("无需整改"), IN_PROGRESS("整改中"), OVERDUE("逾期未整改"), COMPLETED("已整改");

	private final String chineseName;

	Rectification(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

}
