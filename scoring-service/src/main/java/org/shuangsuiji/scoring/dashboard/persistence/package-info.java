/**
 * Dashboard figures as one MongoDB aggregation ($match, $facet, $group, $bucket, $unwind)
 * over the summary fields of submitted sheets, kept to the stages the MongoDB-protocol
 * server supports as well.
 */
package org.shuangsuiji.scoring.dashboard.persistence;
