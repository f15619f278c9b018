/**
 * evidence-service as this service calls it. Nothing lives in this package itself: the
 * port is the task's own ({@link org.shuangsuiji.inspection.task.TaskEvidence}), and
 * {@code client/} holds the {@code @HttpExchange} interface, the Resilience4j instance
 * around it and the adapter that implements the port.
 */
package org.shuangsuiji.inspection.evidence;
