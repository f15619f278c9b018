package org.shuangsuiji.inspection.dossier;

/** What the traceability review of a drawn file checks (附件1, 抽查鉴定档案). */
public enum ReviewItem {

	/** 鉴定意见书与原始记录是否一致. */
	OPINION_VS_RECORD("意见书与原始记录一致"),
	/** 鉴定人签名. */
	SIGNATURES("签名"),
	/** 司法鉴定专用章. */
	SEAL("盖章"),
	/** 复核记录. */
	REVIEW_RECORD("复核记录"),
	/** 干预记录表. */
	INTERVENTION_RECORD("干预记录表");

	private final String title;

	ReviewItem(String title) {
		this.title = title;
	}

	public String title() {
		return this.title;
	}

}
