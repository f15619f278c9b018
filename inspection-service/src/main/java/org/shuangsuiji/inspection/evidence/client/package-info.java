/**
 * The client of evidence-service: a declarative {@code @HttpExchange} interface, its
 * calls behind the named Resilience4j instance {@code evidence}, and
 * {@code HttpTaskEvidence}, which reads a task's evidence chain and closes it when the
 * task is closed.
 */
package org.shuangsuiji.inspection.evidence.client;
