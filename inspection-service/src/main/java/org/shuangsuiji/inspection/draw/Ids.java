package org.shuangsuiji.inspection.draw;

/** Checks on the registry ids the draw sorts and hashes. */
final class Ids {

	private Ids() {
	}

	static String require(String id, String what) {
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException(what + " must not be blank");
		}
		return id;
	}

}
