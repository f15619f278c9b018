package org.shuangsuiji.registry.importing;

import java.util.Arrays;
import java.util.Optional;

/** What a file holds; the path segment of the import and export endpoints. */
public enum ImportKind {

	AGENCIES("agencies"), APPRAISERS("appraisers"), INSPECTORS("inspectors"), EXPERTS("experts");

	private final String path;

	ImportKind(String path) {
		this.path = path;
	}

	public String path() {
		return this.path;
	}

	public static Optional<ImportKind> fromPath(String path) {
		return Arrays.stream(values()).filter((k) -> k.path.equals(path)).findFirst();
	}

}
