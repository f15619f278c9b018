package org.shuangsuiji.evidence.record;

/**
 * What a piece of evidence shows, after the 新乡 plan's on-site procedure (附件2), and under
 * which right it is uploaded (ADR 0404): team kinds need inspection-service's
 * {@code may.uploadTeamEvidence}, agency kinds {@code may.uploadAgencyEvidence}. The
 * signed fact sheet is both: the team photographs or scans it on site, and the agency
 * confirms the 事实确认单 by uploading its own signed scan.
 */
public enum EvidenceKind {

	/** 全体检查人员在被检查机构大门的照片. */
	GATE_PHOTO("大门照片", true, false, true),

	/** 见面会照片. */
	MEETING_PHOTO("见面会照片", true, false, true),

	/** 检查过程照片. */
	PROCESS_PHOTO("检查过程照片", true, false, true),

	/** 签字的事实确认单 (or the evidence of a refusal to sign). */
	SIGNED_FACT_SHEET("事实确认单", true, true, false),

	/** 意见反馈表, which the agency files directly to the city bureau. */
	FEEDBACK_FORM("意见反馈表", false, true, false),

	/** 抽查案卷扫描件. */
	DOSSIER_SCAN("案卷扫描件", true, false, false),

	/** 整改材料: the agency's proof that a finding was rectified. */
	RECTIFICATION_PROOF("整改证明材料", false, true, false),

	OTHER("其他", true, false, false);

	private final String chineseName;

	private final boolean teamKind;

	private final boolean agencyKind;

	private final boolean photoOfTheDay;

	EvidenceKind(String chineseName, boolean teamKind, boolean agencyKind, boolean photoOfTheDay) {
		this.chineseName = chineseName;
		this.teamKind = teamKind;
		this.agencyKind = agencyKind;
		this.photoOfTheDay = photoOfTheDay;
	}

	public String chineseName() {
		return this.chineseName;
	}

	/** Whether the inspection team uploads this kind ({@code may.uploadTeamEvidence}). */
	public boolean teamKind() {
		return this.teamKind;
	}

	/**
	 * Whether the inspected agency uploads this kind ({@code may.uploadAgencyEvidence}),
	 * also after the evidence is closed: feedback, the signed fact sheet and
	 * rectification come after the on-site work by nature.
	 */
	public boolean agencyKind() {
		return this.agencyKind;
	}

	/**
	 * Whether it is a photo taken on the inspection day (gate, meeting, process), whose
	 * capture time is checked against the task's date.
	 */
	public boolean photoOfTheDay() {
		return this.photoOfTheDay;
	}

}
