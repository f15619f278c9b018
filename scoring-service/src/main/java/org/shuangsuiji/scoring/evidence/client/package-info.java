/**
 * The client of evidence-service: a declarative {@code @HttpExchange} interface (its
 * request behind the named Resilience4j instances {@code evidence}, set up for the HTTP
 * service group by platform-web's {@code ServiceClientsConfiguration}), and
 * {@code HttpInspectionEvidence}, which implements the sheet feature's port and maps
 * evidence-service's answers to this service's problems.
 */
package org.shuangsuiji.scoring.evidence.client;
