package org.shuangsuiji.scoring.engine;

/** How many checklist items were answered A 发现, B 未发现, C 不适用, or not at all. */
public record FindingCounts(int found, int notFound, int notApplicable, int unanswered) {

}
