/**
 * Tasks from draws (kept in step with the draw record) and their scheduling and reading.
 */
package org.shuangsuiji.inspection.task.application;
