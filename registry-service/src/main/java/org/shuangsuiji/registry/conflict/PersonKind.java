package org.shuangsuiji.registry.conflict;

/** Which pool the person with a conflict belongs to. */
public enum PersonKind {

	INSPECTOR, EXPERT

}
