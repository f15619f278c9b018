package org.shuangsuiji.registry.agency;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One change of an agency's status, with why, from when and who made it.
 *
 * @param from the status before
 * @param to the status after
 * @param reason why (a decision number, a finding)
 * @param effectiveOn the day it takes effect
 * @param byUserId who recorded it
 * @param byName their display name
 * @param recordedAt when it was recorded
 */
public record StatusChange(AgencyStatus from, AgencyStatus to, String reason, LocalDate effectiveOn, String byUserId,
		String byName, Instant recordedAt) {
}
