/**
 * The client of scoring-service: checks that a plan's scoring template version exists.
 */
package org.shuangsuiji.inspection.scoring;
