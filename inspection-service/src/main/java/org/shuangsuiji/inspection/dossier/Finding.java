package org.shuangsuiji.inspection.dossier;

/**
 * A defect found in a drawn file: a finding of the inspection.
 *
 * @param caseNumber the file
 * @param item the item at fault
 * @param note what was found
 */
public record Finding(String caseNumber, ReviewItem item, String note) {

}
