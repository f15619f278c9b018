package org.shuangsuiji.platform.problem;

/** Something asked for does not exist (404). */
public class NotFoundException extends ProblemException {

	public NotFoundException(String detail) {
		this("not-found", detail);
	}

	public NotFoundException(String type, String detail) {
		super(type, "Not found", 404, detail);
	}

}
