package org.shuangsuiji.inspection.conclusion;

import org.shuangsuiji.inspection.task.InspectionTask;

/**
 * What a reader sees of a task's conclusion.
 *
 * @param task the task
 * @param recommendation what the official sheet recommends now, {@code null} while no
 * official sheet is submitted
 * @param conclusion the recorded conclusion, else {@code null}
 */
public record ConclusionReport(InspectionTask task, Recommendation recommendation, Conclusion conclusion) {

}
