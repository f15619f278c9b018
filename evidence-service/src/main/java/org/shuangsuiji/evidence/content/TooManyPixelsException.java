package org.shuangsuiji.evidence.content;

import java.io.IOException;

/** An image whose header declares more pixels than the service decodes. */
public class TooManyPixelsException extends IOException {

	private final int width;

	private final int height;

	private final long limit;

	public TooManyPixelsException(int width, int height, long limit) {
		super("the image declares " + width + " × " + height + " pixels, more than the " + limit + " decoded");
		this.width = width;
		this.height = height;
		this.limit = limit;
	}

	public int width() {
		return this.width;
	}

	public int height() {
		return this.height;
	}

	public long limit() {
		return this.limit;
	}

}
