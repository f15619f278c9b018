/**
 * The client of scoring-service: declarative {@code @HttpExchange} interfaces in the HTTP
 * service group {@code scoring} (its requests behind the named Resilience4j instances
 * {@code scoring}), and {@code HttpTemplateCheck}, which checks that a plan's scoring
 * template version exists.
 */
package org.shuangsuiji.inspection.scoring.client;
