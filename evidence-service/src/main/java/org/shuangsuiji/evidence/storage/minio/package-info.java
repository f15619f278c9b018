/**
 * The {@link org.shuangsuiji.evidence.storage.ObjectStore} on the MinIO Java SDK: MinIO
 * in production, S3Proxy in tests and the local run.
 */
package org.shuangsuiji.evidence.storage.minio;
