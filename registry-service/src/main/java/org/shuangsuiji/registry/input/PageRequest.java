package org.shuangsuiji.registry.input;

/**
 * Which page of a list to read.
 *
 * @param page the page number, from 0
 * @param size items per page, 1 to {@link #MAX_SIZE}
 */
public record PageRequest(int page, int size) {

	/** The largest page a caller may ask for. */
	public static final int MAX_SIZE = 200;

	public PageRequest {
		if (page < 0 || size < 1 || size > MAX_SIZE) {
			throw new IllegalArgumentException("page " + page + " of size " + size + " is not a page");
		}
	}

	/** The number of items before this page. */
	public long offset() {
		return (long) this.page * this.size;
	}

}
