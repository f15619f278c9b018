/**
 * evidence-service: tamper-evident inspection evidence (证据) in object storage, metadata
 * in MongoDB.
 */
package org.shuangsuiji.evidence;
