package org.shuangsuiji.inspection.dossier;

import java.util.List;

/**
 * The files a dossier draw took.
 *
 * @param caseNumbers the drawn case numbers in draw order
 * @param allTaken the window held no more files than the sample size, so all were taken
 * @param windowSize how many files the window held
 */
public record SampleResult(List<String> caseNumbers, boolean allTaken, int windowSize) {

	public SampleResult {
		caseNumbers = List.copyOf(caseNumbers);
	}

}
