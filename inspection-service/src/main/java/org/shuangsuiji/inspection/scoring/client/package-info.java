/**
 * The client of scoring-service: a declarative {@code @HttpExchange} interface, its calls
 * behind the named Resilience4j instance {@code scoring}, and {@code HttpTemplateCheck},
 * which checks that a plan's scoring template version exists.
 */
package org.shuangsuiji.inspection.scoring.client;
