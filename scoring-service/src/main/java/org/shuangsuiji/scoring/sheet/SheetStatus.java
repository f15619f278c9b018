package org.shuangsuiji.scoring.sheet;

/** A sheet is answered while a draft and locked once submitted. */
public enum SheetStatus {

	DRAFT, SUBMITTED

}
