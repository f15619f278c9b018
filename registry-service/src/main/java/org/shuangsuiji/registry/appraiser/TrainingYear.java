package org.shuangsuiji.registry.appraiser;

/**
 * Continuing-education hours (继续教育学时) of one calendar year.
 *
 * @param year the year
 * @param hours hours attended
 */
public record TrainingYear(int year, int hours) {
}
