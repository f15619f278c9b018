/**
 * The inspection task (检查任务) as inspection-service answers for it (ADR 0404): which
 * agency and region an inspection id belongs to, on which day it takes place, and what
 * the caller may do with its evidence.
 * {@link org.shuangsuiji.evidence.inspection.InspectionTasks} is the port;
 * {@code client/} asks inspection-service with the caller's token. Plain Java.
 */
package org.shuangsuiji.evidence.inspection;
