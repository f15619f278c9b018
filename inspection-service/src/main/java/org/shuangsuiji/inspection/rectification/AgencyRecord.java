package org.shuangsuiji.inspection.rectification;

/**
 * The agency's record in registry-service, where an accepted rectification item lands
 * (penalties and rectification live there). Writing the same outcome twice must change
 * nothing, so the service may write before it stores the acceptance and retry safely.
 */
public interface AgencyRecord {

	/**
	 * Writes the accepted outcome of one item, as the caller whose token is relayed;
	 * throws {@code DependencyUnavailableException} (503) when the registry does not take
	 * it.
	 */
	void accepted(AcceptedOutcome outcome);

}
