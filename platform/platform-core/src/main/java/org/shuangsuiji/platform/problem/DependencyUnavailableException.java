package org.shuangsuiji.platform.problem;

/** A service or store the request needs did not answer; nothing was written (503). */
public class DependencyUnavailableException extends ProblemException {

	public DependencyUnavailableException(String detail) {
		this("dependency-unavailable", detail);
	}

	public DependencyUnavailableException(String type, String detail) {
		super(type, "A service this request needs is unavailable", 503, detail);
	}

}
