/**
 * The client of inspection-service: a declarative {@code @HttpExchange} interface, its
 * calls behind the named Resilience4j instance {@code inspection}, and
 * {@code HttpInspectionTasks}, which implements the feature's port and maps the answers
 * to problems (404 stays 404, 403 stays 403, anything else is 503).
 */
package org.shuangsuiji.evidence.inspection.client;
