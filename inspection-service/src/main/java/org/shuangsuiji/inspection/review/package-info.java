/**
 * The provincial review (复核研判, seed 000 附件2 四): the province's queue of conclusions with
 * serious findings and its decision, which becomes the conclusion's final state. Use case
 * {@code ReviewService} over the conclusion's store. Plain Java.
 */
package org.shuangsuiji.inspection.review;
