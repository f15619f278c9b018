package org.shuangsuiji.registry.conflict;

import java.time.Instant;
import java.time.LocalDate;

import org.shuangsuiji.platform.region.RegionCode;

/**
 * A declared conflict of interest between a pool member and an agency. Withdrawn
 * declarations stay in the registry (with who and why) and no longer count for recusal.
 *
 * @param id registry id
 * @param personId the inspector or expert
 * @param personKind which pool
 * @param personRegion the person's region
 * @param agencyId the agency
 * @param agencyRegion the agency's region
 * @param kind what kind of conflict
 * @param reason the declaration in words
 * @param declaredOn the day it was declared
 * @param declaredBy who recorded it
 * @param withdrawal set once withdrawn
 */
public record ConflictOfInterest(String id, String personId, PersonKind personKind, RegionCode personRegion,
		String agencyId, RegionCode agencyRegion, ConflictKind kind, String reason, LocalDate declaredOn,
		String declaredBy, Withdrawal withdrawal) {

	public boolean inForce() {
		return this.withdrawal == null;
	}

	public ConflictOfInterest withdraw(Withdrawal by) {
		return new ConflictOfInterest(this.id, this.personId, this.personKind, this.personRegion, this.agencyId,
				this.agencyRegion, this.kind, this.reason, this.declaredOn, this.declaredBy, by);
	}

	/**
	 * Who withdrew the declaration, when and why.
	 *
	 * @param byUserId who
	 * @param reason why
	 * @param at when
	 */
	public record Withdrawal(String byUserId, String reason, Instant at) {
	}

}
