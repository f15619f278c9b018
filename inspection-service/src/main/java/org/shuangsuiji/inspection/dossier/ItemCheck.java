package org.shuangsuiji.inspection.dossier;

/**
 * One checked item of a file review.
 *
 * @param item what was checked
 * @param defect whether a defect was found
 * @param note what was found; required for a defect
 */
public record ItemCheck(ReviewItem item, boolean defect, String note) {

}
