package org.shuangsuiji.inspection.demo;

import org.shuangsuiji.inspection.rectification.AcceptedOutcome;
import org.shuangsuiji.inspection.rectification.AgencyRecord;

/**
 * The agency's record in registry-service, as the history loader sees it: not written.
 * The API path writes an accepted rectification item there with the bureau's token; the
 * loader signs in as nobody and registry-service has no history loader, so the history's
 * acceptances stay in inspection-service's rectifications only (README, National history
 * loader).
 */
final class UnrecordedAgencyRecord implements AgencyRecord {

	@Override
	public void accepted(AcceptedOutcome outcome) {
		// deliberately nothing: see the class comment
	}

}
