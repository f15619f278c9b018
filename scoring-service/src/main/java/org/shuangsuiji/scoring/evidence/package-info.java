/**
 * evidence-service as this service sees it: the evidence of an inspection that an answer
 * may rest on. The port, {@link org.shuangsuiji.scoring.sheet.InspectionEvidence},
 * belongs to the {@code sheet} feature that needs it; {@code client/} implements it over
 * HTTP.
 */
package org.shuangsuiji.scoring.evidence;
