/**
 * Wiring: configuration properties, the MinIO client, the plain-Java services as beans,
 * the object store health indicator, the start-up work (indexes, an
 * {@code ApplicationRunner}) and the scheduled reconciliation.
 */
package org.shuangsuiji.evidence.config;
