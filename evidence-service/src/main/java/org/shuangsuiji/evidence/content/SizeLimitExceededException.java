package org.shuangsuiji.evidence.content;

import java.io.IOException;

/**
 * Thrown from inside a read when an upload passes its limit. It is an {@link IOException}
 * so that it travels through whatever is reading (the object store client) and aborts it.
 */
public class SizeLimitExceededException extends IOException {

	private final long limit;

	public SizeLimitExceededException(long limit) {
		super("the file is larger than the limit of " + limit + " bytes");
		this.limit = limit;
	}

	public long limit() {
		return this.limit;
	}

}
