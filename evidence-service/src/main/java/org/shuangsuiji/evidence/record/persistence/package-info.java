/**
 * MongoDB storage of evidence records, inspections and the audit trail. Every write is
 * one single-document operation (the MongoDB-protocol server has no transactions): unique
 * indexes keep chain positions and Idempotency-Keys unique, conditional updates make
 * withdrawing and closing race-free.
 */
package org.shuangsuiji.evidence.record.persistence;
