/**
 * The object store as the domain sees it: write once under a fresh key, read, list,
 * presign. The MinIO adapter lives in {@code storage.minio}.
 */
package org.shuangsuiji.evidence.storage;
