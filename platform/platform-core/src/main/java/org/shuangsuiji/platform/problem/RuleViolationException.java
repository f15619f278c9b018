package org.shuangsuiji.platform.problem;

/**
 * The request is well formed but a domain rule refuses it (422), such as a draw that
 * cannot staff an agency.
 */
public class RuleViolationException extends ProblemException {

	public RuleViolationException(String detail) {
		this("rule-violated", detail);
	}

	public RuleViolationException(String type, String detail) {
		super(type, "A rule of the domain refused the request", 422, detail);
	}

}
