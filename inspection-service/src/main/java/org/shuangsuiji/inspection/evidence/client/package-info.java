/**
 * The client of evidence-service: a declarative {@code @HttpExchange} interface (its
 * requests behind the named Resilience4j instances {@code evidence}: the GET retried, the
 * close through the circuit breaker alone, so a write is never repeated), and
 * {@code HttpTaskEvidence}, which reads a task's evidence chain and closes it when the
 * task is closed.
 */
package org.shuangsuiji.inspection.evidence.client;
