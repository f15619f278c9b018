/**
 * Wiring: configuration properties, the MinIO client, the plain-Java services as beans,
 * the object store health indicator.
 */
package org.shuangsuiji.evidence.config;
