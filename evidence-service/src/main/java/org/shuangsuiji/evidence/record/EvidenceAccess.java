package org.shuangsuiji.evidence.record;

import org.shuangsuiji.platform.problem.OutOfScopeException;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.security.Role;

/**
 * Who may do what with evidence. Bureau staff, inspectors and experts work within their
 * region; an agency account sees its own agency's evidence and uploads only feedback
 * forms and rectification proof for it. Nothing is public.
 */
public final class EvidenceAccess {

	private EvidenceAccess() {
	}

	/** Whether the caller acts only as an agency account. */
	static boolean agencyOnly(Caller caller) {
		return caller.has(Role.AGENCY) && !caller.isBureau() && !caller.hasAny(Role.INSPECTOR, Role.EXPERT);
	}

	public static void requireUpload(Caller caller, UploadCommand command) {
		if (agencyOnly(caller)) {
			if (!command.agencyId().equals(caller.agencyId())) {
				throw new OutOfScopeException("an agency account uploads evidence for its own agency only");
			}
			if (!command.kind().agencyMayUpload()) {
				throw new OutOfScopeException("kind-not-allowed",
						"an agency account uploads only FEEDBACK_FORM and RECTIFICATION_PROOF, not " + command.kind());
			}
			return;
		}
		caller.requireAny(Role.PROVINCE, Role.CITY, Role.COUNTY, Role.INSPECTOR, Role.EXPERT);
		caller.requireCovers(command.region());
	}

	public static void requireRead(Caller caller, String agencyId, RegionCode region) {
		caller.requireAny(Role.values());
		caller.requireCoversAgency(agencyId, region);
	}

	/** The uploader may withdraw their own upload; bureau staff any in their region. */
	public static void requireWithdraw(Caller caller, EvidenceRecord record) {
		requireRead(caller, record.agencyId(), record.region());
		boolean ownUpload = record.uploadedBy().userId().equals(caller.userId());
		if (!ownUpload && !caller.isBureau()) {
			throw new OutOfScopeException("only the uploader or bureau staff of the region may withdraw evidence");
		}
	}

	/**
	 * Closing is the city's or the province's word (inspection-service calls on their
	 * behalf).
	 */
	public static void requireClose(Caller caller, RegionCode region) {
		caller.requireAny(Role.CITY, Role.PROVINCE);
		caller.requireCovers(region);
	}

	/** Reconciliation over a key prefix is for city and province staff. */
	public static void requireReconcile(Caller caller) {
		caller.requireAny(Role.CITY, Role.PROVINCE);
	}

}
