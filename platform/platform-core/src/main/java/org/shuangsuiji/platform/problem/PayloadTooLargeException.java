package org.shuangsuiji.platform.problem;

/** The request body is larger than allowed (413). */
public class PayloadTooLargeException extends ProblemException {

	public PayloadTooLargeException(String detail) {
		this("payload-too-large", detail);
	}

	public PayloadTooLargeException(String type, String detail) {
		super(type, "Payload too large", 413, detail);
	}

}
