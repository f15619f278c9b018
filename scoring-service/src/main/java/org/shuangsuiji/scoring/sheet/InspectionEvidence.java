package org.shuangsuiji.scoring.sheet;

import java.util.List;

/**
 * Asks evidence-service which evidence an inspection holds, as the current caller: the
 * evidence an answer may rest on.
 */
public interface InspectionEvidence {

	/**
	 * Every piece of evidence of the inspection, withdrawn ones included.
	 * @throws org.shuangsuiji.platform.problem.OutOfScopeException when evidence-service
	 * does not let the caller read the inspection's evidence
	 * @throws org.shuangsuiji.platform.problem.DependencyUnavailableException
	 * {@code evidence-unavailable} when evidence-service does not answer
	 */
	List<Evidence> of(String inspectionId);

	/**
	 * One piece of evidence (证据) as evidence-service lists it.
	 *
	 * @param id its id
	 * @param inspectionId the inspection it was uploaded to
	 * @param withdrawn whether it was withdrawn (撤回): it stays in the chain but backs
	 * nothing
	 */
	record Evidence(String id, String inspectionId, boolean withdrawn) {

	}

}
