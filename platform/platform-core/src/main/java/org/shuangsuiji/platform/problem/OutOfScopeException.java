package org.shuangsuiji.platform.problem;

/** The caller's role or region does not reach what it asked for (403). */
public class OutOfScopeException extends ProblemException {

	public OutOfScopeException(String detail) {
		this("out-of-scope", detail);
	}

	public OutOfScopeException(String type, String detail) {
		super(type, "Outside the caller's scope", 403, detail);
	}

}
