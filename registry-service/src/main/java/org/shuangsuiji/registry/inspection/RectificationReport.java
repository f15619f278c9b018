package org.shuangsuiji.registry.inspection;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What inspection-service reports about one rectification item, as it arrives (not yet
 * checked).
 *
 * @param planId the inspection plan
 * @param finding the finding the item came from
 * @param deadline the 整改时限
 * @param outcome the settled outcome, {@code ACCEPTED}
 * @param acceptedAt when the bureau accepted
 * @param comment the bureau's comment, may be empty
 */
public record RectificationReport(String planId, Finding finding, LocalDate deadline, String outcome,
		Instant acceptedAt, String comment) {

}
