package org.shuangsuiji.evidence.record.web;

import java.time.Instant;

/**
 * A presigned URL that fetches the file straight from the object store until it expires.
 */
public record DownloadUrlResponse(String url, Instant expiresAt) {
}
