/**
 * The client of inspection-service: a declarative {@code @HttpExchange} interface, its
 * call behind the named Resilience4j instance {@code inspection}, and
 * {@code HttpInspectionTasks}, which implements the feature's port and maps
 * inspection-service's answers to this service's problems.
 */
package org.shuangsuiji.scoring.inspection.client;
