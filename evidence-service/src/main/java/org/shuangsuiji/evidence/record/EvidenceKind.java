package org.shuangsuiji.evidence.record;

/** What a piece of evidence shows, after the 新乡 plan's on-site procedure (附件2). */
public enum EvidenceKind {

	/** 全体检查人员在被检查机构大门的照片. */
	GATE_PHOTO("大门照片", false, false),

	/** 见面会照片. */
	MEETING_PHOTO("见面会照片", false, false),

	/** 检查过程照片. */
	PROCESS_PHOTO("检查过程照片", false, false),

	/** 签字的事实确认单 (or the evidence of a refusal to sign). */
	SIGNED_FACT_SHEET("事实确认单", false, false),

	/** 意见反馈表, which the agency files directly to the city bureau. */
	FEEDBACK_FORM("意见反馈表", true, true),

	/** 抽查案卷扫描件. */
	DOSSIER_SCAN("案卷扫描件", false, false),

	/** 整改材料: the agency's proof that a finding was rectified. */
	RECTIFICATION_PROOF("整改证明材料", true, true),

	OTHER("其他", false, false);

	private final String chineseName;

	private final boolean agencyMayUpload;

	private final boolean acceptedAfterClose;

	EvidenceKind(String chineseName, boolean agencyMayUpload, boolean acceptedAfterClose) {
		this.chineseName = chineseName;
		this.agencyMayUpload = agencyMayUpload;
		this.acceptedAfterClose = acceptedAfterClose;
	}

	public String chineseName() {
		return this.chineseName;
	}

	/** Whether an agency account may upload this kind for its own agency. */
	public boolean agencyMayUpload() {
		return this.agencyMayUpload;
	}

	/**
	 * Whether it may still be uploaded after the inspection is closed: feedback and
	 * rectification come after the on-site inspection by nature.
	 */
	public boolean acceptedAfterClose() {
		return this.acceptedAfterClose;
	}

}
