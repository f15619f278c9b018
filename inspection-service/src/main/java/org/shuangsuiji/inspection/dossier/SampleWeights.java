package org.shuangsuiji.inspection.dossier;

/**
 * The integer weights of dossier sampling (ADR 0403): every file 1, plus 2 for the
 * agency's core category, plus 2 if difficult, plus 2 if unusual; 1 to 7.
 */
public final class SampleWeights {

	public static final int BASE = 1;

	public static final int CORE = 2;

	public static final int DIFFICULT = 2;

	public static final int UNUSUAL = 2;

	private SampleWeights() {
	}

}
