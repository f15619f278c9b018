package org.shuangsuiji.platform.problem;

/**
 * The request clashes with what is stored: a duplicate key, a stale version, a second
 * draw (409).
 */
public class ConflictException extends ProblemException {

	public ConflictException(String detail) {
		this("conflict", detail);
	}

	public ConflictException(String type, String detail) {
		super(type, "Conflict", 409, detail);
	}

}
