package org.shuangsuiji.platform.problem;

/** The content, judged by its bytes, is of a type the endpoint does not take (415). */
public class UnsupportedMediaException extends ProblemException {

	public UnsupportedMediaException(String detail) {
		this("unsupported-media-type", detail);
	}

	public UnsupportedMediaException(String type, String detail) {
		super(type, "Unsupported media type", 415, detail);
	}

}
