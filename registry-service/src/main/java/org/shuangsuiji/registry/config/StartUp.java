package org.shuangsuiji.registry.config;

/**
 * The order of the start-up runners (ADR 0005 rule 5): indexes first, then the demo data,
 * then the flags of whatever was loaded.
 */
public final class StartUp {

	public static final int INDEXES = 0;

	public static final int DEMO_DATA = 10;

	public static final int FLAGS = 20;

	private StartUp() {
	}

}
