/**
 * scoring-service as this service calls it. Nothing lives in this package itself: each
 * feature owns the port it needs (a plan's template check is
 * {@link org.shuangsuiji.inspection.plan.TemplateCheck}), and {@code client/} holds the
 * {@code @HttpExchange} interface, the Resilience4j instance around it and the adapters
 * that implement those ports.
 */
package org.shuangsuiji.inspection.scoring;
