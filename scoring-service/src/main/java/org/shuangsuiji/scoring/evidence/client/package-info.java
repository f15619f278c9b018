/**
 * The client of evidence-service: a declarative {@code @HttpExchange} interface, its call
 * behind the named Resilience4j instance {@code evidence}, and
 * {@code HttpInspectionEvidence}, which implements the sheet feature's port and maps
 * evidence-service's answers to this service's problems.
 */
package org.shuangsuiji.scoring.evidence.client;
