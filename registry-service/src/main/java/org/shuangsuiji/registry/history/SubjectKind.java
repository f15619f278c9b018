package org.shuangsuiji.registry.history;

/** The kinds of registry records that keep a change history. */
public enum SubjectKind {

	AGENCY, APPRAISER, INSPECTOR, EXPERT, CONFLICT

}
