package org.shuangsuiji.registry.conflict;

/** Why a person must not inspect an agency (the draw's recusal rule). */
public enum ConflictKind {

	/** 曾在该机构执业或任职. */
	FORMER_EMPLOYMENT,
	/** 现在该机构兼职或执业. */
	CURRENT_EMPLOYMENT,
	/** 近亲属在该机构执业或任职. */
	RELATIVE,
	/** 经济利益或其他利害关系. */
	FINANCIAL_INTEREST,
	/** 其他可能影响公正的情形. */
	OTHER

}
